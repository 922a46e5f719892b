package io.switchboard.emulator.connectwise;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The ConnectWise conditions grammar, parsed into a predicate over a record:
 *
 * <pre>
 * expr       := and ( OR and )*
 * and        := unary ( AND unary )*
 * unary      := NOT unary | '(' expr ')' | comparison
 * comparison := field [NOT] op value | field [NOT] IN '(' value (',' value)* ')'
 * op         := = | != | &lt; | &lt;= | &gt; | &gt;= | CONTAINS | LIKE
 * value      := "text" | 'text' | number | [datetime] | true | false | null
 * field      := name ( '/' name )*        (lastUpdated, dateEntered... also found under _info)
 * </pre>
 *
 * Keywords are case-insensitive; string comparisons are too, as on ConnectWise's SQL Server.
 * {@code like} takes {@code %} and {@code *} as wildcards and {@code [x]} as an escaped x.
 */
public final class Conditions {

    private enum T {
        LPAREN,
        RPAREN,
        COMMA,
        STRING,
        NUMBER,
        DATE,
        WORD,
        OP,
        END
    }

    private record Token(T type, String text, int at) {}

    private final List<Token> tokens;
    private final Set<String> fields;
    private int pos;

    private Conditions(String text, Set<String> fields) {
        this.tokens = tokenize(text);
        this.fields = fields;
    }

    /**
     * Parses {@code text}; {@code fields} are the top-level names a record of this entity has
     * (lowercase), so that a misspelt field is refused as ConnectWise refuses it.
     */
    public static Predicate<Map<String, Object>> parse(String text, Set<String> fields) {
        if (text == null || text.isBlank()) {
            return r -> true;
        }
        Conditions c = new Conditions(text, fields);
        Predicate<Map<String, Object>> p = c.expr();
        if (c.peek().type() != T.END) {
            throw new ConditionError("Unexpected '" + c.peek().text() + "' at position "
                    + c.peek().at());
        }
        return p;
    }

    private Predicate<Map<String, Object>> expr() {
        Predicate<Map<String, Object>> left = and();
        while (isWord("or")) {
            pos++;
            Predicate<Map<String, Object>> l = left;
            Predicate<Map<String, Object>> r = and();
            left = x -> l.test(x) || r.test(x);
        }
        return left;
    }

    private Predicate<Map<String, Object>> and() {
        Predicate<Map<String, Object>> left = unary();
        while (isWord("and")) {
            pos++;
            Predicate<Map<String, Object>> l = left;
            Predicate<Map<String, Object>> r = unary();
            left = x -> l.test(x) && r.test(x);
        }
        return left;
    }

    private Predicate<Map<String, Object>> unary() {
        if (isWord("not")) {
            pos++;
            return unary().negate();
        }
        if (peek().type() == T.LPAREN) {
            pos++;
            Predicate<Map<String, Object>> inner = expr();
            expect(T.RPAREN, "')'");
            return inner;
        }
        return comparison();
    }

    private Predicate<Map<String, Object>> comparison() {
        Token field = next();
        if (field.type() != T.WORD || isKeyword(field.text())) {
            throw new ConditionError(
                    "Expected a field name at position " + field.at() + ", found '" + field.text() + "'");
        }
        String path = field.text();
        String top = path.split("/")[0].toLowerCase(Locale.ROOT);
        if (!fields.contains(top)) {
            throw new ConditionError("Cannot find the field '" + path + "'");
        }
        boolean negated = false;
        if (isWord("not")) {
            pos++;
            negated = true;
        }
        Token op = next();
        String operator = op.text().toLowerCase(Locale.ROOT);
        Predicate<Map<String, Object>> test;
        if (op.type() == T.WORD && operator.equals("in")) {
            expect(T.LPAREN, "'(' after in");
            List<Token> values = new ArrayList<>();
            values.add(literal());
            while (peek().type() == T.COMMA) {
                pos++;
                values.add(literal());
            }
            expect(T.RPAREN, "')'");
            test = r -> values.stream().anyMatch(v -> compare(resolve(r, path), "=", v, path));
        } else if ((op.type() == T.OP)
                || (op.type() == T.WORD && (operator.equals("contains") || operator.equals("like")))) {
            Token value = literal();
            test = r -> compare(resolve(r, path), operator, value, path);
        } else {
            throw new ConditionError(
                    "Expected an operator after '" + path + "' at position " + op.at() + ", found '" + op.text() + "'");
        }
        return negated ? test.negate() : test;
    }

    private Token literal() {
        Token t = next();
        switch (t.type()) {
            case STRING, NUMBER, DATE -> {
                return t;
            }
            case WORD -> {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (w.equals("true") || w.equals("false") || w.equals("null")) {
                    return new Token(T.WORD, w, t.at());
                }
            }
            default -> {}
        }
        throw new ConditionError(
                "Unrecognised value '" + t.text() + "' at position " + t.at() + "." + ConditionError.LITERALS);
    }

    private static boolean compare(Object actual, String op, Token literal, String path) {
        if (literal.type() == T.WORD && literal.text().equals("null")) {
            return switch (op) {
                case "=" -> actual == null;
                case "!=" -> actual != null;
                default -> throw new ConditionError("null can only be compared with = or !=");
            };
        }
        if (actual instanceof Map<?, ?>) {
            throw new ConditionError(
                    "'" + path + "' is a reference; compare one of its fields, such as " + path + "/id");
        }
        if (literal.type() == T.WORD) { // true / false
            if (actual instanceof Number) {
                throw new ConditionError("Expected a numeric value, not a boolean." + ConditionError.LITERALS);
            }
            boolean b = literal.text().equals("true");
            boolean a = Boolean.TRUE.equals(actual);
            return switch (op) {
                case "=" -> a == b;
                case "!=" -> a != b;
                default -> throw new ConditionError("A boolean can only be compared with = or !=");
            };
        }
        if (actual instanceof Boolean) {
            throw new ConditionError("Expected a boolean value, not a "
                    + (literal.type() == T.NUMBER ? "numeric" : literal.type() == T.DATE ? "datetime" : "string") + "."
                    + ConditionError.LITERALS);
        }
        if (literal.type() == T.NUMBER) {
            if (actual != null && !(actual instanceof Number)) {
                throw new ConditionError("Expected a string value, not a numeric." + ConditionError.LITERALS);
            }
            if (actual == null) {
                return op.equals("!=");
            }
            int c = Double.compare(((Number) actual).doubleValue(), Double.parseDouble(literal.text()));
            return ordered(op, c);
        }
        if (literal.type() == T.DATE) {
            if (actual == null) {
                return op.equals("!=");
            }
            Instant a = instant(actual.toString());
            Instant b = instant(literal.text());
            if (a == null) {
                throw new ConditionError("Expected a " + (actual instanceof Number ? "numeric" : "string")
                        + " value, not a datetime." + ConditionError.LITERALS);
            }
            return ordered(op, a.compareTo(b));
        }
        // a string literal
        if (actual instanceof Number) {
            throw new ConditionError("Expected a numeric value, not a string." + ConditionError.LITERALS);
        }
        String a = actual == null ? null : actual.toString().toLowerCase(Locale.ROOT);
        String b = literal.text().toLowerCase(Locale.ROOT);
        return switch (op) {
            case "contains" -> a != null && a.contains(b);
            case "like" -> a != null && like(b).matcher(a).matches();
            default -> a == null ? op.equals("!=") : ordered(op, a.compareTo(b));
        };
    }

    private static boolean ordered(String op, int c) {
        return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new ConditionError("The operator " + op + " needs a string value");
        };
    }

    static Pattern like(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '[' && i + 2 < pattern.length() && pattern.charAt(i + 2) == ']') {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else if (ch == '%' || ch == '*') {
                re.append(".*");
            } else if (ch == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A field by path; names are case-insensitive; dates and authors of _info are found by their bare name. */
    @SuppressWarnings("unchecked")
    static Object resolve(Map<String, Object> record, String path) {
        Object current = record;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (!(current instanceof Map)) {
                return null;
            }
            Map<String, Object> m = (Map<String, Object>) current;
            Object found = get(m, parts[i]);
            if (found == null && i == 0 && m.get("_info") instanceof Map<?, ?> info) {
                found = get((Map<String, Object>) info, parts[i]);
            }
            current = found;
        }
        return current;
    }

    private static Object get(Map<String, Object> m, String name) {
        Object v = m.get(name);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private boolean isWord(String word) {
        Token t = peek();
        return t.type() == T.WORD && t.text().equalsIgnoreCase(word);
    }

    private static boolean isKeyword(String w) {
        return Set.of("and", "or", "not", "in", "contains", "like").contains(w.toLowerCase(Locale.ROOT));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.type() != T.END) {
            pos++;
        }
        return t;
    }

    private void expect(T type, String what) {
        Token t = next();
        if (t.type() != type) {
            throw new ConditionError("Expected " + what + " at position " + t.at() + ", found '" + t.text() + "'");
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(T.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new Token(T.RPAREN, ")", i++));
            } else if (c == ',') {
                out.add(new Token(T.COMMA, ",", i++));
            } else if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    throw new ConditionError(
                            "Unterminated string starting at position " + i + "." + ConditionError.LITERALS);
                }
                out.add(new Token(T.STRING, s.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '[') {
                int end = s.indexOf(']', i + 1);
                if (end < 0) {
                    throw new ConditionError(
                            "Unterminated datetime starting at position " + i + "." + ConditionError.LITERALS);
                }
                String text = s.substring(i + 1, end).trim();
                if (instant(text) == null) {
                    throw new ConditionError("'" + text + "' is not a valid datetime." + ConditionError.LITERALS);
                }
                out.add(new Token(T.DATE, text, i));
                i = end + 1;
            } else if (c == '=' || c == '<' || c == '>' || c == '!') {
                int start = i;
                String op;
                if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    op = s.substring(i, i + 2);
                    i += 2;
                } else {
                    op = String.valueOf(c);
                    i++;
                }
                if (op.equals("!")) {
                    throw new ConditionError("Unknown operator '!' at position " + start);
                }
                out.add(new Token(T.OP, op, start));
            } else if (c == '-' || Character.isDigit(c)) {
                int start = i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String num = s.substring(start, i);
                if (!num.matches("-?\\d+(\\.\\d+)?")) {
                    throw new ConditionError("'" + num + "' is not a number." + ConditionError.LITERALS);
                }
                out.add(new Token(T.NUMBER, num, start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_/.".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(new Token(T.WORD, s.substring(start, i), start));
            } else {
                throw new ConditionError(
                        "Unexpected character '" + c + "' at position " + i + "." + ConditionError.LITERALS);
            }
        }
        out.add(new Token(T.END, "end of conditions", s.length()));
        return out;
    }
}
