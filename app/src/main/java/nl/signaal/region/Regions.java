/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.region;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.region.internal.RegionRepository;
import nl.signaal.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Looks up regions and places. The tables are small and change only by migration, so they are read once and kept in
 * memory: ingestion checks a region for every record.
 */
@Service
public class Regions {

    private final Map<String, Region> byCode;
    private final Map<String, Region> byPlace;

    Regions(RegionRepository repository) {
        this.byCode = repository.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(r -> r.code().value(), Function.identity()));
        Map<String, Region> places = new HashMap<>();
        repository.findPlaces().forEach((name, code) -> {
            Region region = Objects.requireNonNull(byCode.get(code), () -> "place " + name + ": no region " + code);
            Region other = places.putIfAbsent(placeKey(name), region);
            if (other != null && !other.equals(region)) {
                throw new IllegalStateException(
                        "place " + name + " lies in " + code + ", but a name that matches it alike (" + placeKey(name)
                                + ") lies in " + other.code().value());
            }
        });
        this.byPlace = Map.copyOf(places);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Region> find(RegionCode code) {
        return find(code.value());
    }

    /**
     * The GGD region of a Dutch municipality (2023), a former municipality, a large town or another common name of one
     * ("Den Haag"), matched regardless of case, accents and punctuation. Empty for an unknown or ambiguous name
     * ("Bergen": write "Bergen (NH.)" or "Bergen (L.)").
     */
    public Optional<Region> findByPlace(String place) {
        return Optional.ofNullable(byPlace.get(placeKey(place)));
    }

    public List<Region> all(RegionKind kind) {
        return byCode.values().stream()
                .filter(r -> r.kind() == kind)
                .sorted((a, b) -> a.code().value().compareTo(b.code().value()))
                .toList();
    }

    static String placeKey(String place) {
        String plain = Normalizer.normalize(place, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
