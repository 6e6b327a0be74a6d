/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

/** Entry point of the jar: the command line ({@code ./signaal --help}). */
public final class Signaal {

    private Signaal() {}

    public static void main(String[] args) {
        int code = SignaalCommand.run(args);
        if (code != 0 || !isServer(args)) {
            System.exit(code);
        }
    }

    private static boolean isServer(String[] args) {
        return args.length > 0 && args[0].equals("start");
    }
}
