/**
 * The shell around the modules: security (who may call what, login and logout), the page layout, the home page and
 * error pages. No module depends on it. Publishes and consumes no events.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "ingest", "demo"})
@NullMarked
package nl.signaal.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
