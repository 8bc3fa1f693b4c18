package org.masthead.render;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the expressions templates use most by looking them up directly, with the value OGNL
 * would give: {@code ${doc.symbol}} (a variable and keys of maps), and a collection's
 * {@code isEmpty()} or {@code size()}, possibly negated ({@code ${!doc.also.isEmpty()}}).
 * Anything else (other calls and operators, {@code #strings}, a step that is not a map) goes to
 * Thymeleaf's OGNL evaluator. Page variables are plain maps and lists (see {@link PageModels}), so
 * most expressions of a page take the direct way, which costs a fraction of OGNL's reflective one.
 */
final class MapPathEvaluator implements IStandardVariableExpressionEvaluator {
    private static final Pattern PATH = Pattern.compile(
            "(!\\s*)?([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(\\.isEmpty\\(\\)|\\.size\\(\\))?");
    private static final Lookup NOT_A_PATH = new Lookup(new String[0], false, null);
    /** Keys OGNL reads as properties of the map itself, and the variable Thymeleaf may restrict. */
    private static final Set<String> SPECIAL = Set.of("size", "keys", "keySet", "values", "isEmpty", "param");
    private static final Object MISS = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Lookup> paths = new ConcurrentHashMap<>();

    /** A variable and keys; then, optionally, a call on the collection found there, and a negation. */
    private record Lookup(String[] names, boolean negate, String call) {
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        Lookup path = expression.getUseSelectionAsRoot() || expression.getExpression() == null ? NOT_A_PATH
                : paths.computeIfAbsent(expression.getExpression(), MapPathEvaluator::parse);
        Object value = path == NOT_A_PATH ? MISS : lookup(context, path);
        if (value == MISS) {
            return ognl.evaluate(context, expression, expContext);
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    private static Lookup parse(String expression) {
        Matcher m = PATH.matcher(expression.strip());
        if (!m.matches() || (m.group(1) != null && m.group(3) == null)) {
            return NOT_A_PATH; // a negated value needs OGNL's idea of truth
        }
        String[] names = m.group(2).split("\\.");
        for (String name : names) {
            if (SPECIAL.contains(name)) {
                return NOT_A_PATH;
            }
        }
        return new Lookup(names, m.group(1) != null, m.group(3));
    }

    /** The value at the path, or MISS where OGNL might do something other than a map lookup. */
    private static Object lookup(IExpressionContext context, Lookup path) {
        String[] names = path.names();
        if (!context.containsVariable(names[0])) {
            return MISS;
        }
        Object value = context.getVariable(names[0]);
        for (int i = 1; i < names.length; i++) {
            if (!(value instanceof Map<?, ?> map)) {
                return MISS; // null (OGNL reports the error) or an object read through its getters
            }
            value = map.get(names[i]);
        }
        if (path.call() == null) {
            return value;
        }
        if (!(value instanceof Collection<?> c)) {
            return MISS;
        }
        if (path.call().equals(".size()")) {
            return path.negate() ? MISS : (Object) c.size();
        }
        return c.isEmpty() != path.negate();
    }
}
