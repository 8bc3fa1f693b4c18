package org.masthead.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the expressions templates use most, {@code ${doc.symbol}}, a variable and keys of
 * maps, by looking them up directly, with the value OGNL would give; anything else (method
 * calls, operators, {@code #strings}, a step that is not a map) goes to Thymeleaf's OGNL
 * evaluator. Page variables are plain maps (see {@link PageModels}), so most expressions of a
 * page take the direct way, which costs a fraction of OGNL's reflective one.
 */
final class MapPathEvaluator implements IStandardVariableExpressionEvaluator {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final String[] NOT_A_PATH = new String[0];
    /** Keys OGNL reads as properties of the map itself, and the variable Thymeleaf may restrict. */
    private static final Set<String> SPECIAL = Set.of("size", "keys", "keySet", "values", "isEmpty", "param");
    private static final Object MISS = new Object();

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        String[] path = expression.getUseSelectionAsRoot() || expression.getExpression() == null ? NOT_A_PATH
                : paths.computeIfAbsent(expression.getExpression(), MapPathEvaluator::parse);
        Object value = path == NOT_A_PATH ? MISS : lookup(context, path);
        if (value == MISS) {
            return ognl.evaluate(context, expression, expContext);
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    private static String[] parse(String expression) {
        String e = expression.strip();
        if (!PATH.matcher(e).matches()) {
            return NOT_A_PATH;
        }
        String[] path = e.split("\\.");
        for (String name : path) {
            if (SPECIAL.contains(name)) {
                return NOT_A_PATH;
            }
        }
        return path;
    }

    /** The value at the path, or MISS where OGNL might do something other than a map lookup. */
    private static Object lookup(IExpressionContext context, String[] path) {
        if (!context.containsVariable(path[0])) {
            return MISS;
        }
        Object value = context.getVariable(path[0]);
        for (int i = 1; i < path.length; i++) {
            if (!(value instanceof Map<?, ?> map)) {
                return MISS; // null (OGNL reports the error) or an object read through its getters
            }
            value = map.get(path[i]);
        }
        return value;
    }
}
