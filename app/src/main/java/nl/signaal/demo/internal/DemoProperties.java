/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param loadWhenEmpty on a start with an empty database, create the demo accounts and load the default scenario
 * @param seed the seed of the demo data loaded on such a start
 * @param statisticsWeeks after such a load, run the weekly statistics over this many last weeks
 */
@ConfigurationProperties("signaal.demo")
record DemoProperties(boolean loadWhenEmpty, long seed, int statisticsWeeks) {}
