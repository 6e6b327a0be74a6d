/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.List;
import java.util.Optional;

/** A warning with every version (oldest first), its CAP messages (oldest first) and its audit log. */
public record WarningDetail(
        Warning warning, List<WarningVersion> versions, List<CapMessage> messages, List<AuditEntry> history) {

    public WarningDetail {
        versions = List.copyOf(versions);
        messages = List.copyOf(messages);
        history = List.copyOf(history);
    }

    /** The newest version: a draft or revision awaiting approval, or the published one. */
    public WarningVersion latest() {
        return versions.getLast();
    }

    /** The version the public sees. */
    public Optional<WarningVersion> published() {
        Integer v = warning.publishedVersion();
        return v == null
                ? Optional.empty()
                : versions.stream().filter(x -> x.version() == v).findFirst();
    }
}
