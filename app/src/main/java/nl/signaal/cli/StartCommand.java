/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signaal start}: the web application, until it is stopped. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Starts Signaal: web pages and API on http://localhost:PORT/.",
            "On the first start with an empty database it creates the accounts, shows their passwords once and loads"
                    + " the default demo data in the background."
        })
class StartCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Directory of the embedded database (default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of("./data");

    @Option(names = "--no-demo", description = "Do not load demo data or create demo accounts into an empty database")
    boolean noDemo;

    @Override
    public Integer call() throws InterruptedException {
        var context = Contexts.start(
                true,
                dataDir,
                Map.of(
                        "server.port",
                        port,
                        "signaal.demo.load-when-empty",
                        !noDemo,
                        "signaal.access.create-initial-admin",
                        true));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        System.out.printf("Signaal is running on http://localhost:%d/ (stop with Ctrl+C)%n", port);
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }
}
