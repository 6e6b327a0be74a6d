/**
 * The command line: {@code ./signaal start | ingest | demo | classify | detect | estimate | pseudonymise | link}. Each
 * command starts the part of the application it needs (the web server only for {@code start}; nothing of Spring for
 * {@code classify}, which uses the substance module's plain-Java classifier, nor for {@code detect}, which runs the
 * detection methods of {@code stats}, nor for {@code estimate}, which reads capture histories with the estimate
 * module's API, nor for {@code pseudonymise} and {@code link}, which the sources and their linking party run on their
 * own machines) and uses the other modules' public API. Publishes and consumes no events.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "access", "ingest", "demo", "substance", "estimate", "stats :: detection"})
@NullMarked
package nl.signaal.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
