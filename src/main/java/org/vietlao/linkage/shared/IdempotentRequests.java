package org.vietlao.linkage.shared;

import java.util.function.Supplier;

/**
 * Makes a write safe to retry: an operation sent with an {@code Idempotency-Key} runs once per signed-in user and
 * key, and every retry with that key gets the first answer back (same status and body) instead of running it
 * again. Built for imports (a client whose connection broke after the import committed cannot know whether it
 * did) and meant for every import to come: see docs/architecture.md, "Retrying an import".
 *
 * <p>The key is stored <em>in the transaction of the operation itself</em>: both commit or neither does, so a
 * crash can never leave an import without its key or a key without its import. Two requests with the same key
 * at the same time do not both run: the second waits for the first to commit, then gets its answer.
 *
 * <p>Refusals: a key that is not 1–200 visible ASCII characters is 400 {@code IDM-002}; the same key with another
 * request (another operation or another payload) is 422 {@code IDM-001}. A refused operation (its exception
 * rolls the transaction back) keeps no key: a retry runs it again and, with the same input, is refused the
 * same way. Keys are kept for {@code linkage.idempotency.retention} (24 hours by default).
 */
public interface IdempotentRequests {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** The response header set to {@code true} on an answer replayed from an earlier request. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /**
     * Runs {@code operation} in a transaction (joining none that surrounds the call: the caller must not be in
     * one) and answers with {@code status}; with a key, once per user and key as described above.
     *
     * @param request what identifies the request: who sends it, its key (may be {@code null}: no idempotency
     *     asked for), the operation and the payload
     * @param answerType the answer's type, to read a stored answer back
     * @param status the status of a fresh answer (201 for an import)
     * @param operation the work, whose own {@code @Transactional} joins the transaction opened here
     */
    <T> Answer<T> once(Request request, Class<T> answerType, int status, Supplier<T> operation);

    /**
     * @param actor who sends it (the controller's {@link Actor} parameter): keys belong to their username
     * @param key the {@code Idempotency-Key} header as sent, or {@code null}
     * @param operation a stable name of the operation, such as {@code enterprise-import}
     * @param payload the bytes that make two requests the same request (an uploaded file's content); only their
     *     SHA-256 is kept
     */
    record Request(Actor actor, String key, String operation, byte[] payload) {}

    /**
     * @param body the answer's body
     * @param status its status
     * @param replayed {@code true} when it is the stored answer of an earlier request with the same key
     */
    record Answer<T>(T body, int status, boolean replayed) {}
}
