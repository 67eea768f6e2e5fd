package org.salessequences.infrastructure.mail.inbound;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * A batch of inbox messages fetched in one IMAP command, {@code UID FETCH <uids> (UID BODY.PEEK[]<0.cap>)}: each
 * message's first {@link LocalCopy#MAX_BYTES}, not marked seen. Jakarta Mail has no fetch-profile item for a capped
 * whole message, and reading each message through its own stream costs one command per message (more for one over
 * the stream's 16 KB block): a round trip each on every server, and on some far more (GreenMail walks the whole folder
 * for every FETCH, so a flood of n messages cost n commands of n steps each).
 */
final class BatchFetch {

    /** A message of the batch as the server sent it. */
    record Fetched(long uid, InputStream bytes) {
    }

    private BatchFetch() {
    }

    /**
     * @return the messages of {@code uids} the server returned, in its order (an expunged one is simply missing)
     * @throws MessagingException when the server refused the command, or as Jakarta Mail reports a lost connection
     *                            ({@link jakarta.mail.FolderClosedException})
     */
    static List<Fetched> of(IMAPFolder inbox, long[] uids) throws MessagingException {
        String command = "UID FETCH " + UIDSet.toString(UIDSet.createUIDSets(uids)) + " (UID " + LocalCopy.FETCH_ITEM
                + ")";
        Response[] responses = (Response[]) inbox.doCommand(protocol -> {
            Response[] all = protocol.command(command, null);
            Response result = all[all.length - 1];
            List<Response> others = new ArrayList<>();
            for (int i = 0; i < all.length - 1; i++) {
                if (!(all[i] instanceof FetchResponse)) {
                    others.add(all[i]);
                }
            }
            // EXISTS, EXPUNGE and the like, as the folder's own commands pass them on.
            protocol.notifyResponseHandlers(others.toArray(Response[]::new));
            protocol.handleResult(result);
            return all;
        });
        List<Fetched> fetched = new ArrayList<>(uids.length);
        for (Response response : responses) {
            if (response instanceof FetchResponse fetch) {
                UID uid = fetch.getItem(UID.class);
                BODY body = fetch.getItem(BODY.class);
                if (uid != null && body != null) {
                    fetched.add(new Fetched(uid.uid, body.getByteArrayInputStream()));
                }
            }
        }
        return fetched;
    }
}
