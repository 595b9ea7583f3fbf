package org.carecoord.variables;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One process variable: its name and type, declared once next to its process's names (e.g.
 * {@code ReferralProcess.Vars.REFERRAL_ID}). Every read and write of a process variable goes through its handle, so
 * the conversion from what the engine holds (a form's text, a REST client's number, Tasklist's JSON) is in one place
 * and no caller casts. Only this class and its callers' handles name the engine's variable API.
 *
 * @param <T> what the variable holds for the code
 */
public final class Var<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private Var(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = Objects.requireNonNull(name);
        this.reader = reader;
        this.writer = writer;
    }

    /** Text; any other value is read as its text (a select with numbers, a REST client's number). */
    public static Var<String> string(String name) {
        return new Var<>(name, value -> value == null ? null : value.toString(), value -> value);
    }

    /** A database ID: any whole number the engine holds (Integer from H2, Long from PostgreSQL, numeric text). */
    public static Var<Long> id(String name) {
        return new Var<>(name, value -> toNumber(name, value, Long.class), value -> value);
    }

    /** A whole number: a number or numeric text (forms' number fields and selects). */
    public static Var<Integer> integer(String name) {
        return new Var<>(name, value -> toNumber(name, value, Integer.class), value -> value);
    }

    /** Yes/no: a boolean, or the text true/false (a radio group's value); anything else is read as false. */
    public static Var<Boolean> bool(String name) {
        return new Var<>(
                name,
                value -> value == null
                        ? null
                        : value instanceof Boolean flag
                                ? flag
                                : Boolean.valueOf(value.toString().trim()),
                value -> value);
    }

    /** A date typed into a form as text (see {@link FormDates}) or a java.util.Date; written as yyyy-MM-dd. */
    public static Var<LocalDate> date(String name) {
        return new Var<>(name, FormDates::parse, value -> value == null ? null : value.toString());
    }

    /** A checklist: the non-blank strings of a JSON array (Tasklist's or a test's list); written as Json. */
    public static Var<List<String>> strings(String name) {
        return new Var<>(name, value -> value == null ? null : JsonVariables.strings(value), JsonVariables::json);
    }

    /** A JSON tree (rows of a dynamic list, options for a select); written as Json. */
    public static Var<JsonNode> json(String name) {
        return new Var<>(name, value -> value == null ? null : JsonVariables.tree(value), JsonVariables::json);
    }

    /** A list other processes read as java.util.List (e.g. a multi-instance collection): written JSON-serialized. */
    public static Var<List<String>> javaList(String name) {
        return new Var<>(name, value -> value == null ? null : JsonVariables.strings(value), JsonVariables::javaList);
    }

    /** Any other value the engine holds as is (e.g. a java.util.Date of a timer). */
    public static <T> Var<T> of(String name, Class<T> type) {
        return new Var<>(name, value -> value == null ? null : cast(name, value, type), value -> value);
    }

    public String name() {
        return name;
    }

    /** The value in this scope (or its parents), or null when the variable is not set. */
    public T get(VariableScope scope) {
        return reader.apply(scope.getVariable(name));
    }

    /** The value, or {@code fallback} when the variable is not set. */
    public T get(VariableScope scope, T fallback) {
        T value = get(scope);
        return value == null ? fallback : value;
    }

    /** The value; a missing one is a modelling error (the message names the variable, never a value). */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is not set");
        }
        return value;
    }

    /** The value set on this scope only (a step's input mapping), or null; parents are not consulted. */
    public T getLocal(VariableScope scope) {
        return reader.apply(scope.getVariableLocal(name));
    }

    /** Whether the variable is set in this scope or its parents (even to null). */
    public boolean isSet(VariableScope scope) {
        return scope.hasVariable(name);
    }

    /** The value among variables read from the engine (a task's, an instance's, a message's), or null. */
    public T from(Map<String, ?> variables) {
        return reader.apply(variables.get(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, writer.apply(value));
    }

    /** Set on this scope only (a task's or a multi-instance body's own copy). */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, writer.apply(value));
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Variables holding only this one, e.g. to start a process or complete a task; chain with {@link #put}. */
    public VariableMap with(T value) {
        return put(Variables.createVariables(), value);
    }

    /** Adds this variable to {@code variables} and returns them. */
    public VariableMap put(VariableMap variables, T value) {
        Object written = writer.apply(value);
        if (written instanceof TypedValue typed) {
            variables.putValueTyped(name, typed);
        } else {
            variables.putValue(name, written);
        }
        return variables;
    }

    /** The names of several handles, e.g. for {@code removeVariables}. */
    public static List<String> names(Collection<? extends Var<?>> vars) {
        return vars.stream().map(Var::name).toList();
    }

    public static List<String> names(Var<?>... vars) {
        return names(Arrays.asList(vars));
    }

    /** Removes several variables from a scope at once. */
    public static void removeAll(VariableScope scope, Collection<? extends Var<?>> vars) {
        scope.removeVariables(names(vars));
    }

    @Override
    public String toString() {
        return name;
    }

    private static <N> N toNumber(String name, Object value, Class<N> type) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        long number;
        if (value instanceof Number n) {
            number = n.longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException notANumber) {
                throw new IllegalStateException("process variable " + name + " is not a whole number");
            }
        }
        return type == Integer.class ? type.cast(Math.toIntExact(number)) : type.cast(number);
    }

    private static <T> T cast(String name, Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("process variable " + name + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
