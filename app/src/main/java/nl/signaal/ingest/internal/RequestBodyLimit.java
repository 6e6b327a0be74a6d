/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Holds JSON bodies to the upload limit ({@code signaal.ingest.max-upload-size}) while they are read: the record limit
 * of a batch is checked only after the whole batch is in memory, and without this a body of any size would get there.
 */
@ControllerAdvice(assignableTypes = IngestController.class)
class RequestBodyLimit extends RequestBodyAdviceAdapter {

    private final IngestProperties properties;

    RequestBodyLimit(IngestProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        long limit = properties.maxUploadSize().toBytes();
        if (input.getHeaders().getContentLength() > limit) {
            throw LimitedInputStream.tooLarge(limit);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() throws java.io.IOException {
                return new LimitedInputStream(input.getBody(), limit);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
