package io.switchboard.application.parse;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.Ref;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in parser: keyword rules for priority, type, category and due date; cue phrases
 * ("for Acme", "assign to me", "on the Infrastructure board") matched against the catalogue with
 * {@link FuzzyNames}; what is left of the sentence becomes the summary.
 */
@ApplicationScoped
public class RuleBasedTicketParser implements TicketParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PRIO = "(?:\\s+(?:priority|prio))?";

    /** Checked in this order; the first rule that matches a stretch of text claims it. */
    private static final List<Map.Entry<Pattern, Priority>> PRIORITIES = List.of(
            Map.entry(
                    Pattern.compile(
                            "\\b(?:not\\s+urgent|no\\s+rush|whenever(?:\\s+you\\s+can)?|low" + PRIO
                                    + "|p4|priority\\s*[:=]?\\s*(?:4|low))\\b",
                            FLAGS),
                    Priority.LOW),
            Map.entry(
                    Pattern.compile(
                            "\\b(?:critical" + PRIO
                                    + "|emergency|p1|sev(?:erity)?\\s*1|priority\\s*[:=]?\\s*(?:1|critical)|very\\s+urgent)\\b",
                            FLAGS),
                    Priority.CRITICAL),
            Map.entry(
                    Pattern.compile(
                            "\\b(?:high" + PRIO
                                    + "|urgent(?:ly)?|asap|as\\s+soon\\s+as\\s+possible|p2|priority\\s*[:=]?\\s*(?:2|high))\\b|\\bASAP\\b",
                            FLAGS),
                    Priority.HIGH),
            Map.entry(
                    Pattern.compile(
                            "\\b(?:(?:medium|normal)" + PRIO + "|p3|priority\\s*[:=]?\\s*(?:3|medium|normal))\\b",
                            FLAGS),
                    Priority.MEDIUM));

    private static final List<Map.Entry<Pattern, TicketType>> TYPES = List.of(
            Map.entry(
                    Pattern.compile(
                            "\\b(?:change\\s+request|upgrade|migrat(?:e|ion)|deploy(?:ment)?|roll\\s*out|patch(?:ing)?\\s+(?:the|all))\\b",
                            FLAGS),
                    TicketType.CHANGE),
            Map.entry(
                    Pattern.compile(
                            "\\b(?:problem\\s+record|root\\s+cause|recurring|keeps\\s+happening|again\\s+and\\s+again)\\b",
                            FLAGS),
                    TicketType.PROBLEM),
            Map.entry(
                    Pattern.compile(
                            "\\b(?:service\\s+request|request(?:ing)?\\s+(?:a|an|for|new)|needs?\\s+(?:a|an|new)|new\\s+(?:laptop|phone|account|user|starter|hire|licen[cs]e)|onboard(?:ing)?|set\\s*up\\s+(?:a|an|new)|access\\s+to|install\\s+(?:a|an|the))\\b",
                            FLAGS),
                    TicketType.SERVICE_REQUEST),
            Map.entry(Pattern.compile("\\bincident\\b", FLAGS), TicketType.INCIDENT));

    /** Words that point at a category, by the category's name. Used only if such a category exists. */
    private static final Map<String, Pattern> CATEGORY_WORDS = new LinkedHashMap<>();

    static {
        CATEGORY_WORDS.put(
                "email", Pattern.compile("\\b(?:e-?mails?|outlook|mailbox(?:es)?|exchange|calendar|inbox)\\b", FLAGS));
        CATEGORY_WORDS.put(
                "network",
                Pattern.compile(
                        "\\b(?:network|vpn|wi-?fi|internet|dns|firewall|ethernet|router|switch(?:port)?)\\b", FLAGS));
        CATEGORY_WORDS.put(
                "hardware",
                Pattern.compile(
                        "\\b(?:printer|laptop|monitor|keyboard|mouse|desktop|pc|dock(?:ing station)?|screen|hardware)\\b",
                        FLAGS));
        CATEGORY_WORDS.put(
                "access",
                Pattern.compile(
                        "\\b(?:password|log\\s*-?in|locked\\s+out|permissions?|access|mfa|2fa|account)\\b", FLAGS));
        CATEGORY_WORDS.put(
                "software",
                Pattern.compile("\\b(?:software|application|app|excel|word|teams|install(?:ation)?|update)\\b", FLAGS));
    }

    private static final Pattern ASSIGN_CUE = Pattern.compile(
            "\\b(?:assign(?:ed)?(?:\\s+(?:it|this))?\\s+to|give\\s+(?:it|this)\\s+to|for\\s+agent)\\s+", FLAGS);
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9._-]*[A-Za-z0-9_])");
    private static final Pattern COMPANY_CUE =
            Pattern.compile("\\b(?:for|at|from|customer|client|company)\\s*:?\\s+", FLAGS);
    /** "on the Infrastructure board", or a board named after a comma: "printer down, infrastructure board". */
    private static final Pattern BOARD_BEFORE = Pattern.compile(
            "(?:\\b(?:on|to|in|into)\\s+|,\\s*)(?:the\\s+)?((?:[\\p{L}\\p{N}&-]+\\s+){0,2}[\\p{L}\\p{N}&-]+)\\s+(?:board|queue)\\b",
            FLAGS);

    private static final Pattern BOARD_AFTER =
            Pattern.compile("\\b(?:board|queue)\\s*[:=]?\\s+((?:[\\p{L}\\p{N}&-]+\\s*){1,3})", FLAGS);
    private static final Pattern DUE = Pattern.compile(
            "\\b(?:by|before|due(?:\\s+by)?|until)\\s+(today|tonight|eod|end\\s+of\\s+(?:the\\s+)?day|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\\s+week)\\b"
                    + "|\\bwithin\\s+(\\d{1,3})\\s+(hours?|days?)\\b|\\bin\\s+(\\d{1,3})\\s+(hours?|days?)\\b",
            FLAGS);
    private static final Pattern EMAIL = Pattern.compile("(?:\\b(?:from|by|for)\\s+)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[&'._-][\\p{L}\\p{N}]+)*");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:hi|hello|hey)\\b[,!]?\\s*|please\\s+|pls\\s+|can\\s+you\\s+|could\\s+you\\s+)+", FLAGS);
    private static final Pattern ME = Pattern.compile("(?i)^(?:me|myself|mine)$");
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    private static final int SUMMARY_MAX = 200;

    @Override
    public TicketDraft parse(ParseInput in) {
        String text = in.text() == null ? "" : in.text().strip();
        Work w = new Work(text);
        w.claim(EMAIL); // an address names the requester, whom the caller has looked up; it is no part of the summary
        if (in.contact() != null
                && in.contact().name() != null
                && !in.contact().name().isBlank()) {
            // The requester named outright ("for Megan Bowen"): the name is no part of the summary either.
            w.claim(Pattern.compile(
                    "(?:\\b(?:for|from|by|requested\\s+by|on\\s+behalf\\s+of)\\s+)?"
                            + Pattern.quote(in.contact().name().strip()) + "(?:'s)?\\b",
                    FLAGS));
        }
        List<FieldError> warnings = new ArrayList<>();

        Priority priority = priority(w, warnings);
        TicketType type = type(text);
        AgentRef assignee = assignee(w, in, warnings);
        Ref company = company(w, in, warnings);
        Ref board = board(w, in);
        Ref category = category(text, in.catalogue().categories());
        Instant due = due(w, in);
        String summary = summary(w);

        List<String> missing = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("summary", summary.isEmpty() ? null : summary);
        values.put("company", company);
        values.put("priority", priority);
        values.put("assignee", assignee);
        values.put("board", board);
        for (String field : TicketDraft.EXPECTED) {
            if (values.get(field) == null) {
                missing.add(field);
            }
        }
        return new TicketDraft(
                summary.isEmpty() ? null : summary,
                description(text),
                priority,
                type,
                company,
                in.contact(),
                assignee,
                board,
                category,
                due,
                missing,
                warnings);
    }

    private static Priority priority(Work w, List<FieldError> warnings) {
        Priority found = null;
        for (Map.Entry<Pattern, Priority> rule : PRIORITIES) {
            Matcher m = rule.getKey().matcher(w.text);
            while (m.find()) {
                if (w.isFree(m.start(), m.end())) {
                    w.claim(m.start(), m.end());
                    if (found != null && found != rule.getValue()) {
                        Priority chosen = found.rank() <= rule.getValue().rank() ? found : rule.getValue();
                        warnings.add(new FieldError(
                                "priority", "the text names more than one priority; " + chosen.key() + " was taken"));
                        found = chosen;
                    } else {
                        found = rule.getValue();
                    }
                }
            }
        }
        return found;
    }

    private static TicketType type(String text) {
        for (Map.Entry<Pattern, TicketType> rule : TYPES) {
            if (rule.getKey().matcher(text).find()) {
                return rule.getValue();
            }
        }
        return TicketType.INCIDENT;
    }

    private static AgentRef assignee(Work w, ParseInput in, List<FieldError> warnings) {
        FuzzyNames<AgentRef> agents = new FuzzyNames<>(in.catalogue().agents(), a -> List.of(a.name(), a.username()));
        Matcher cue = ASSIGN_CUE.matcher(w.text);
        while (cue.find()) {
            List<int[]> words = w.wordsAfter(cue.end(), 3);
            if (words.isEmpty()) {
                continue;
            }
            String first = w.text.substring(words.get(0)[0], words.get(0)[1]);
            if (ME.matcher(first).matches()) {
                w.claim(cue.start(), words.get(0)[1]);
                if (in.me() == null) {
                    warnings.add(new FieldError(
                            "assignee",
                            "the text says \"" + first + "\", but your login has no agent record; pick an assignee"));
                }
                return in.me();
            }
            Found<AgentRef> found = best(w, agents, words, true);
            if (found != null) {
                w.claim(cue.start(), found.end());
                note(warnings, "assignee", found, AgentRef::name);
                return found.match().candidate();
            }
            warnings.add(new FieldError("assignee", "no agent is called \"" + first + "\""));
            w.claim(cue.start(), words.get(0)[1]);
        }
        Matcher at = MENTION.matcher(w.text);
        while (at.find()) {
            FuzzyNames.Match<AgentRef> m = agents.match(at.group(1), false);
            if (m != null && w.isFree(at.start(), at.end())) {
                w.claim(at.start(), at.end());
                return m.candidate();
            }
        }
        return null;
    }

    private static Ref company(Work w, ParseInput in, List<FieldError> warnings) {
        FuzzyNames<Ref> companies = new FuzzyNames<>(in.catalogue().companies(), c -> List.of(c.name()));
        Matcher cue = COMPANY_CUE.matcher(w.text);
        String unknown = null;
        while (cue.find()) {
            if (!w.isFree(cue.start(), cue.end())) {
                continue;
            }
            List<int[]> words = w.wordsAfter(cue.end(), 4);
            if (words.isEmpty()
                    || ME.matcher(w.text.substring(words.get(0)[0], words.get(0)[1]))
                            .matches()) {
                continue;
            }
            Found<Ref> found = best(w, companies, words, true);
            if (found != null) {
                w.claim(cue.start(), found.end());
                note(warnings, "company", found, Ref::name);
                return found.match().candidate();
            }
            String word = w.text.substring(words.get(0)[0], words.get(0)[1]);
            if (unknown == null && Character.isUpperCase(word.codePointAt(0))) {
                unknown = word;
            }
        }
        // No cue: a company named outright anywhere in the text, spelled as in the catalogue.
        List<int[]> all = w.freeWords();
        for (int i = 0; i < all.size(); i++) {
            Found<Ref> found = best(w, companies, all.subList(i, Math.min(all.size(), i + 4)), false);
            if (found != null) {
                return found.match()
                        .candidate(); // named in passing ("the Initech lobby"): the words stay in the summary
            }
        }
        if (in.contactCompany() != null) {
            return in.contactCompany();
        }
        if (unknown != null) {
            warnings.add(new FieldError("company", "no company is called \"" + unknown + "\""));
        }
        return null;
    }

    private static Ref board(Work w, ParseInput in) {
        FuzzyNames<Ref> boards = new FuzzyNames<>(in.catalogue().boards(), b -> List.of(b.name()));
        for (Pattern p : List.of(BOARD_BEFORE, BOARD_AFTER)) {
            Matcher m = p.matcher(w.text);
            while (m.find()) {
                FuzzyNames.Match<Ref> match = boards.match(m.group(1), true);
                if (match != null && w.isFree(m.start(), m.end())) {
                    w.claim(m.start(), m.end());
                    return match.candidate();
                }
            }
        }
        // A board named outright with its own capitals ("Infrastructure"), not an ordinary word.
        for (Ref b : in.catalogue().boards()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(b.name()) + "\\b").matcher(w.text);
            if (m.find() && w.isFree(m.start(), m.end())) {
                return b;
            }
        }
        return null;
    }

    private static Ref category(String text, List<Ref> categories) {
        Ref best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Ref c : categories) {
            Pattern words = CATEGORY_WORDS.get(c.name().toLowerCase(Locale.ROOT));
            Matcher m = (words != null ? words : Pattern.compile("\\b" + Pattern.quote(c.name()) + "\\b", FLAGS))
                    .matcher(text);
            if (m.find() && m.start() < bestAt) {
                best = c;
                bestAt = m.start();
            }
        }
        return best;
    }

    private static Instant due(Work w, ParseInput in) {
        Matcher m = DUE.matcher(w.text);
        if (!m.find()) {
            return null;
        }
        w.claim(m.start(), m.end());
        ZonedDateTime now = in.now().atZone(in.zone());
        LocalDate today = now.toLocalDate();
        if (m.group(1) == null) {
            int n = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            String unit = (m.group(3) != null ? m.group(3) : m.group(5)).toLowerCase(Locale.ROOT);
            return unit.startsWith("hour")
                    ? now.plusHours(n).toInstant()
                    : today.plusDays(n).atTime(END_OF_DAY).atZone(in.zone()).toInstant();
        }
        String when = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate day = switch (when) {
            case "today", "tonight", "eod", "end of day", "end of the day" -> today;
            case "tomorrow" -> today.plusDays(1);
            case "next week" -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            default -> today.with(TemporalAdjusters.next(DayOfWeek.valueOf(when.toUpperCase(Locale.ROOT))));
        };
        ZonedDateTime at = day.atTime(when.equals("tonight") ? LocalTime.of(23, 0) : END_OF_DAY)
                .atZone(in.zone());
        return at.isAfter(now) ? at.toInstant() : now.plusHours(1).toInstant();
    }

    /** What the text says beyond its first sentence (which became the summary and its cues), or null. */
    private static String description(String text) {
        String[] parts = text.split("(?<=[.!?])\\s+|\\R", 2);
        return parts.length < 2 || parts[1].isBlank() ? null : parts[1].strip();
    }

    /** What is left once the cues are taken out: the first sentence, tidied. */
    private static String summary(Work w) {
        String rest = w.unclaimed();
        String first = rest.split("(?<=[.!?])\\s+|\\R", 2)[0];
        String s = first.replaceAll("\\s*,\\s*(?:,\\s*)+", ", ")
                .replaceAll("\\s+([,.;:!?])", "$1")
                .replaceAll("\\s{2,}", " ")
                .strip();
        s = FILLER.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s,.;:!?-]+|[\\s,;:-]+$", "")
                .replaceAll("(?i)(?:[,;]?\\s+(?:and|with|but|,))+$", "")
                .strip();
        s = s.replaceAll("[.]+$", "");
        if (s.isEmpty()) {
            return "";
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        if (s.length() > SUMMARY_MAX) {
            int cut = s.lastIndexOf(' ', SUMMARY_MAX - 1);
            s = s.substring(0, cut > SUMMARY_MAX / 2 ? cut : SUMMARY_MAX - 1) + "…";
        }
        return s;
    }

    private record Found<T>(FuzzyNames.Match<T> match, int end) {}

    /** The longest run of the given words (1 to all of them) that names a candidate. */
    private static <T> Found<T> best(Work w, FuzzyNames<T> names, List<int[]> words, boolean fuzzy) {
        Found<T> best = null;
        for (int k = words.size(); k >= 1; k--) {
            String phrase = w.text.substring(words.get(0)[0], words.get(k - 1)[1]);
            FuzzyNames.Match<T> m = names.match(phrase, fuzzy);
            if (m != null && (best == null || m.score() > best.match().score() + 1e-9)) {
                best = new Found<>(m, words.get(k - 1)[1]);
            }
        }
        return best;
    }

    private static <T> void note(
            List<FieldError> warnings, String field, Found<T> found, java.util.function.Function<T, String> name) {
        FuzzyNames.Match<T> m = found.match();
        if (!m.exact()) {
            warnings.add(new FieldError(field, "taken to mean " + name.apply(m.candidate()) + " (not an exact match)"));
        }
        if (m.alsoClose() != null) {
            warnings.add(new FieldError(
                    field,
                    "could also be " + name.apply(m.alsoClose()) + "; " + name.apply(m.candidate()) + " was taken"));
        }
    }

    /** The text and which of its characters the rules have taken as cues. */
    private static final class Work {
        final String text;
        private final BitSet claimed = new BitSet();

        Work(String text) {
            this.text = text;
        }

        boolean isFree(int start, int end) {
            int next = claimed.nextSetBit(start);
            return next < 0 || next >= end;
        }

        void claim(int start, int end) {
            claimed.set(start, end);
        }

        void claim(Pattern pattern) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                claim(m.start(), m.end());
            }
        }

        /** Up to {@code max} unclaimed words from {@code from}, stopping at punctuation that ends a name. */
        List<int[]> wordsAfter(int from, int max) {
            List<int[]> out = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            int last = from;
            while (out.size() < max && m.find(last)) {
                if (text.substring(last, m.start()).matches(".*[,.;:!?()\\n].*") || !isFree(m.start(), m.end())) {
                    break;
                }
                out.add(new int[] {m.start(), m.end()});
                last = m.end();
            }
            return out;
        }

        List<int[]> freeWords() {
            List<int[]> out = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (isFree(m.start(), m.end())) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
            return out;
        }

        String unclaimed() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                out.append(claimed.get(i) ? ' ' : text.charAt(i));
            }
            return out.toString();
        }
    }
}
