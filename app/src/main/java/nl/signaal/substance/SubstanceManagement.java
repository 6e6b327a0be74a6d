/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.substance.internal.FirstDetections;
import nl.signaal.substance.internal.SubstanceKnowledge;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What other modules may ask about substances: find, search, recognise, legal status. */
@Service
public class SubstanceManagement {

    private final SubstanceKnowledge knowledge;
    private final FirstDetections firstDetections;
    private final IngestManagement ingest;

    SubstanceManagement(SubstanceKnowledge knowledge, FirstDetections firstDetections, IngestManagement ingest) {
        this.knowledge = knowledge;
        this.firstDetections = firstDetections;
        this.ingest = ingest;
    }

    public Optional<Substance> find(String id) {
        return knowledge.find(id);
    }

    /** Every substance Signaal knows (the catalogue and structures recognised since), by name. */
    public List<Substance> all() {
        return knowledge.all();
    }

    public List<Substance> search(String query, int limit) {
        return knowledge.search(query, limit);
    }

    /** Recognises a reported name, or the structure the lab gave with it. */
    public Recognition recognise(String name, @Nullable String smiles) {
        return knowledge.recognise(name, smiles);
    }

    /** The legal status of what was recognised (a substance, or an unknown structure by its groups) on a date. */
    public LegalStatus statusOn(Recognition recognition, LocalDate date) {
        return knowledge.statusOn(recognition, date);
    }

    /**
     * Records what a reported name means. Every record that named it, before and after, now counts as that
     * substance; what that makes a first detection is published as such.
     */
    public void curate(String reportedName, String substanceId, String curator) {
        knowledge.curate(reportedName, substanceId, curator);
        firstDetections.detect(ingest.reportedSubstancesNamed(List.of(reportedName)));
    }
}
