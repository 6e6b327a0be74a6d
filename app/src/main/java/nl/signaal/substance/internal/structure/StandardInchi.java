/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal.structure;

import io.github.dan2097.jnainchi.InchiFlag;
import io.github.dan2097.jnainchi.InchiKeyOutput;
import io.github.dan2097.jnainchi.InchiKeyStatus;
import io.github.dan2097.jnainchi.InchiOptions;
import io.github.dan2097.jnainchi.InchiStatus;
import io.github.dan2097.jnainchi.JnaInchi;
import java.util.concurrent.locks.ReentrantLock;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The standard InChIKey of a molecule, from the IUPAC InChI library (1.07.2 in jna-inchi 1.3.1) through CDK.
 *
 * <p>Calls into the library are serialised by one lock for the whole JVM: InChI 1.07 lost the thread safety of 1.05
 * (IUPAC-InChI/InChI issue 39, empty InChIs and crashes when called from several threads; issue 86, a global
 * variable written by every thread during canonicalisation). A wrong InChIKey would silently attach a record to
 * another substance, so the library runs one molecule at a time until a release with those fixes is in use.
 */
public final class StandardInchi {

    private static final ReentrantLock LIBRARY = new ReentrantLock();

    /** Standard InChI (no options that change it); AuxNone only saves writing the auxiliary information. */
    private static final InchiOptions OPTIONS =
            new InchiOptions.InchiOptionsBuilder().withFlag(InchiFlag.AuxNone).build();

    private StandardInchi() {}

    /**
     * The standard InChIKey of {@code molecule}, whose bonds must have their (Kekulé) orders.
     *
     * @throws CDKException with InChI's message when the library refuses the structure
     */
    public static String key(IAtomContainer molecule) throws CDKException {
        LIBRARY.lock();
        try {
            InChIGenerator generator = InChIGeneratorFactory.getInstance().getInChIGenerator(molecule, OPTIONS);
            InchiStatus status = generator.getStatus();
            if (status != InchiStatus.SUCCESS && status != InchiStatus.WARNING) {
                throw new CDKException("InChI: " + generator.getMessage());
            }
            InchiKeyOutput key = JnaInchi.inchiToInchiKey(generator.getInchi());
            if (key.getStatus() != InchiKeyStatus.OK) {
                throw new CDKException("InChIKey: " + key.getStatus());
            }
            return key.getInchiKey();
        } finally {
            LIBRARY.unlock();
        }
    }
}
