/**
 * The command line: {@code ./signaal start | ingest | demo}. Each command starts the part of the application it
 * needs (the web server only for {@code start}) and uses the other modules' public API. Publishes and consumes no
 * events.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "ingest", "demo"})
@NullMarked
package nl.signaal.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
