/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import nl.signaal.alert.CapMessage;
import nl.signaal.alert.WarningContent;

/** A CAP message as it goes out: the message as issued, the content of its version, and where to read more. */
record OutgoingMessage(CapMessage cap, WarningContent content, String pageUrl, String capUrl) {}
