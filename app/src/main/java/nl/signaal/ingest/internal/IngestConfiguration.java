/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    /** {@code COPY} on PostgreSQL, batched inserts elsewhere. */
    @Bean
    BulkWriter bulkWriter(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> {
            try {
                return metaData.getDatabaseProductName();
            } catch (SQLException e) {
                throw new MetaDataAccessException("cannot read the database product name", e);
            }
        });
        return "PostgreSQL".equals(product) ? new PostgresCopyWriter() : new JdbcBatchWriter();
    }
}
