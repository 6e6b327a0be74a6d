/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.List;
import java.util.Locale;
import nl.signaal.ingest.SampleRecord.Form;
import org.jspecify.annotations.Nullable;

/**
 * What people bring to drug checking and what police seize, with the share of each among all samples and all seizures.
 *
 * <p>Drug-checking shares approximate the DIMS annual reports (Trimbos-instituut, "DIMS Jaarbericht" 2021-2023): about
 * 60-65% of samples are ecstasy (tablets, and MDMA as powder or crystal), then cocaine, amphetamine, ketamine, 3-MMC,
 * 2C-B, GHB and LSD; cannabis is left out, as DIMS tests little of it. Seizure shares are a rough picture of what the
 * forensic laboratories analyse (Nationale Drug Monitor, "Aanbod" chapters), with cocaine first and heroin and
 * methamphetamine, which drug checking rarely sees. Sold-as names are written as clients say them.
 */
@SuppressWarnings("ImmutableEnumChecker") // Weighted is never changed once built
enum Product {
    ECSTASY_TABLET(
            51,
            20,
            Weighted.of("XTC", 45).or("ecstasy", 20).or("MDMA", 20).or("xtc-pil", 15),
            Weighted.of(Form.TABLET, 1),
            5),
    MDMA_CRYSTAL(
            12,
            6,
            Weighted.of("MDMA", 60).or("MDMA kristal", 25).or("molly", 15),
            Weighted.of(Form.CRYSTAL, 70).or(Form.POWDER, 30),
            30),
    COCAINE(13, 32, Weighted.of("cocaine", 50).or("coke", 25).or("cocaïne", 25), Weighted.of(Form.POWDER, 1), 50),
    CRACK(0.5, 2, Weighted.of("crack", 70).or("base coke", 30), Weighted.of(Form.OTHER, 1), 20),
    AMPHETAMINE(
            8,
            14,
            Weighted.of("speed", 60).or("amfetamine", 30).or("amphetamine", 10),
            Weighted.of(Form.POWDER, 85).or(Form.OTHER, 15),
            10),
    METHAMPHETAMINE(0, 4, Weighted.of("crystal meth", 60).or("methamfetamine", 40), Weighted.of(Form.CRYSTAL, 1), 60),
    HEROIN(0, 8, Weighted.of("heroïne", 60).or("heroin", 40), Weighted.of(Form.POWDER, 1), 40),
    KETAMINE(
            6,
            6,
            Weighted.of("ketamine", 70).or("keta", 30),
            Weighted.of(Form.POWDER, 60).or(Form.CRYSTAL, 40),
            25),
    THREE_MMC(
            4,
            4,
            Weighted.of("3-MMC", 80).or("3MMC", 20),
            Weighted.of(Form.POWDER, 50).or(Form.CRYSTAL, 50),
            20),
    TWO_CB(
            2.5,
            2,
            Weighted.of("2C-B", 70).or("2CB", 30),
            Weighted.of(Form.TABLET, 50).or(Form.POWDER, 30).or(Form.CAPSULE, 20),
            10),
    GHB(1.5, 1, Weighted.of("GHB", 80).or("G", 20), Weighted.of(Form.LIQUID, 1), 2),
    LSD(1.5, 1, Weighted.of("LSD", 85).or("acid", 15), Weighted.of(Form.BLOTTER, 1), 10);

    static final Weighted<Product> SAMPLES = weighted(true);
    static final Weighted<Product> SEIZURES = weighted(false);

    /** Percent of drug-checking samples. */
    final double sampleShare;
    /** Percent of seizures. */
    final double seizureShare;

    final Weighted<String> soldAs;
    final Weighted<Form> forms;
    /** The usual price in euro, per tablet, blotter or millilitre, otherwise per gram. */
    final double price;

    Product(double sampleShare, double seizureShare, Weighted<String> soldAs, Weighted<Form> forms, double price) {
        this.sampleShare = sampleShare;
        this.seizureShare = seizureShare;
        this.soldAs = soldAs;
        this.forms = forms;
        this.price = price;
    }

    boolean isEcstasy() {
        return this == ECSTASY_TABLET || this == MDMA_CRYSTAL;
    }

    /**
     * The product sold under this name, preferring one that comes in {@code form}; {@code null} when none is. Used to
     * give an event's adulterated samples the usual contents of what they were sold as.
     */
    static @Nullable Product soldAs(@Nullable String name, @Nullable Form form) {
        if (name == null) {
            return null;
        }
        Product any = null;
        for (Product product : values()) {
            boolean named = product.soldAs.items().stream()
                    .anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT)));
            if (named && (form == null || product.forms.items().contains(form))) {
                return product;
            }
            if (named && any == null) {
                any = product;
            }
        }
        return any;
    }

    private static Weighted<Product> weighted(boolean samples) {
        return Weighted.from(List.of(values()), p -> samples ? p.sampleShare : p.seizureShare);
    }
}
