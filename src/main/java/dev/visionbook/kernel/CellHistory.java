package dev.visionbook.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * The cells run in this kernel, for {@code history_request}: each cell stored in history (not
 * silent, {@code store_history}) with its execution count, its code and the plain text of its
 * value. Kept in memory only, so there is one session, numbered {@value #SESSION}; earlier
 * sessions are empty.
 *
 * <p>Follows IPython: {@code tail} gives the last {@code n} cells, {@code range} the cells from
 * {@code start} up to (not including) {@code stop} of a session (0 or {@value #SESSION} is this one), and
 * {@code search} the last {@code n} cells whose whole code matches a glob ({@code *}, {@code ?},
 * {@code [a-z]}, {@code [^a-z]}), each cell's code once when {@code unique}. A missing {@code stop}
 * arrives as 0 and means "to the end"; a missing or zero {@code n} in a search means "all".
 *
 * <p>Threading: cells are added on the shell thread; lookups may come from any thread.
 */
final class CellHistory implements HistoryManager {

    static final int SESSION = 1;

    private record Cell(int number, String input, String output) {
    }

    private final List<Cell> cells = new ArrayList<>();

    /** A cell about to run, under its execution count. */
    synchronized void add(int number, String input) {
        cells.add(new Cell(number, input, null));
    }

    /** The plain text of the value cell {@code number} ended with. */
    synchronized void setOutput(int number, String output) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).number() == number) {
                cells.set(i, new Cell(number, cells.get(i).input(), output));
                return;
            }
        }
    }

    /**
     * Answers a request. Not with the base library's reply: it leaves out the {@code status}, and
     * its entries go out as JSON objects, not the protocol's {@code [session, line, input]} lists
     * (the library registers its entry serializer only for reading).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void answer(ShellReplyEnvironment env, HistoryRequest request) {
        env.reply(new Message(env.getContext(), MessageType.HISTORY_REPLY, new Reply(entries(request))));
    }

    private List<HistoryEntry> entries(HistoryRequest request) {
        Set<ResultFlag> flags = request.includeOutput() ? Set.of(ResultFlag.INCLUDE_OUTPUT) : Set.of();
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                Set<ResultFlag> searchFlags = new HashSet<>(flags);
                if (search.filterUnique()) {
                    searchFlags.add(ResultFlag.UNIQUE);
                }
                yield search(search.getPattern(), search.getMaxReturnLength(), searchFlags);
            }
        };
        return entries;
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = Math.max(0, cells.size() - Math.max(0, length));
        return entries(cells.subList(from, cells.size()), flags);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int session, int start, int stop, Set<ResultFlag> flags) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        return entries(matching(cell -> cell.number() >= start && (stop <= 0 || cell.number() < stop)), flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern glob = glob(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<Cell> found = matching(cell -> glob.matcher(cell.input()).matches());
        if (flags.contains(ResultFlag.UNIQUE)) {
            // The latest run of each code, in the order of those latest runs.
            Map<String, Cell> latest = new LinkedHashMap<>();
            for (Cell cell : found) {
                latest.remove(cell.input());
                latest.put(cell.input(), cell);
            }
            found = new ArrayList<>(latest.values());
        }
        int from = length > 0 ? Math.max(0, found.size() - length) : 0;
        return entries(found.subList(from, found.size()), flags);
    }

    private List<Cell> matching(Predicate<Cell> wanted) {
        return cells.stream().filter(wanted).toList();
    }

    private static List<HistoryEntry> entries(List<Cell> cells, Set<ResultFlag> flags) {
        boolean output = flags.contains(ResultFlag.INCLUDE_OUTPUT);
        return cells.stream().map(cell -> new HistoryEntry(SESSION, cell.number(), cell.input(),
                output ? (cell.output() == null ? "" : cell.output()) : null)).toList();
    }

    /** SQLite's GLOB, as IPython searches with: case-sensitive, over the whole code, lines included. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = glob.substring(i + 1, close);
                boolean negated = set.startsWith("^");
                regex.append(negated ? "[^" : "[").append(set.substring(negated ? 1 : 0).replace("\\", "\\\\")
                        .replace("[", "\\[").replace("]", "\\]").replace("&&", "&\\&")).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The reply's content: each entry {@code [session, line, input]}, or {@code [session, line, [input, output]]}. */
    @SuppressWarnings("unused") // serialised by the base library's Gson
    private static final class Reply {
        private final String status = "ok";
        private final List<List<Object>> history;

        Reply(List<HistoryEntry> entries) {
            history = entries.stream().map(entry -> List.<Object>of(entry.getSession(), entry.getCellNumber(),
                    entry.hasOutput() ? List.of(entry.getInput(), entry.getOutput()) : entry.getInput())).toList();
        }
    }
}
