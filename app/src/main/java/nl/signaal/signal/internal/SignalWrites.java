/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the signal module's writes one at a time in this process, each in a transaction that commits before the next
 * begins. Evidence of one danger often arrives on several threads at once (a batch's rules and its first detections);
 * were they to overlap, each could miss the signal the other is opening and open a second. The lock is taken before
 * the transaction, so that no thread holds a database connection while it waits.
 *
 * <p>Another process writing signals at the same moment ({@code ./signaal ingest} beside the server) is not covered:
 * it may, rarely, open a second signal for one danger; evidence itself is never added twice (its key is unique).
 */
@Component
class SignalWrites {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final TransactionTemplate transaction;

    SignalWrites(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    void run(Runnable work) {
        lock.lock();
        try {
            transaction.executeWithoutResult(status -> work.run());
        } finally {
            lock.unlock();
        }
    }
}
