/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code signaal}: lists the commands. */
@Command(
        name = "signaal",
        mixinStandardHelpOptions = true,
        versionProvider = SignaalCommand.Version.class,
        description = "Signaal: national drug monitoring, early warning and risk communication.",
        subcommands = {
            StartCommand.class,
            IngestCommand.class,
            DemoCommand.class,
            ClassifyCommand.class,
            DetectCommand.class,
            EstimateCommand.class,
            EvaluateCommand.class,
            LinkCommand.class,
            PseudonymiseCommand.class,
            CommandLine.HelpCommand.class
        })
public class SignaalCommand implements Callable<Integer> {

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new SignaalCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = SignaalCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Signaal " + (version == null ? "(development build)" : version)};
        }
    }
}
