package techmatch.models;

/**
 * One model input: token ids with [CLS] and [SEP], and the index of the text it belongs to.
 *
 * @param owner index of the text in the caller's list
 * @param ids   token ids, at most maxLength of them
 */
record Passage(int owner, long[] ids) {

    int length() {
        return ids.length;
    }
}
