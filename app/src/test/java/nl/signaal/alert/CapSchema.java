/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.signaal.SharedReference;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a CAP message against the OASIS CAP 1.2 schema (shared {@code reference/cap/cap12.xsd}). The schema checks
 * structure, element order, code values and the form of times; the rules it cannot check (closed polygons, the form of
 * references) are for the tests that call this.
 */
public final class CapSchema {

    private static final Schema SCHEMA = load();

    private CapSchema() {}

    /** Fails with the schema's message and the line and column it refers to. */
    public static void assertValid(String xml) {
        Validator validator = SCHEMA.newValidator();
        try {
            // no DTDs or external entities: the documents come from the code under test, but stay safe anyway
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new AssertionError(
                    "Not a valid CAP 1.2 message, line " + e.getLineNumber() + " column " + e.getColumnNumber() + ": "
                            + e.getMessage() + "\n" + numbered(xml),
                    e);
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not a valid CAP 1.2 message: " + e.getMessage() + "\n" + numbered(xml), e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(SharedReference.file("cap/cap12.xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the CAP 1.2 schema", e);
        }
    }

    private static String numbered(String xml) {
        StringBuilder out = new StringBuilder();
        String[] lines = xml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // polygons make long lines; the start of each is enough to find the place
            String line = lines[i].length() > 200 ? lines[i].substring(0, 200) + " ..." : lines[i];
            out.append(String.format("%4d  %s%n", i + 1, line));
        }
        return out.toString();
    }
}
