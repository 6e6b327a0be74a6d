/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

/** A problem with an input file: it is not what the command reads. The message says where and why. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
