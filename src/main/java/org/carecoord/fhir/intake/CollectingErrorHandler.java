package org.carecoord.fhir.intake;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;

/**
 * What HAPI's parser objects to, kept as problems and never logged. Invalid values are left out here: the parser
 * keeps them as text and {@link BundleReader} names them with their full path. The parser tells only an element's
 * name, not where it is, so these name the element in the text.
 */
final class CollectingErrorHandler implements IParserErrorHandler {

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> invalidValues = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The names of the elements whose value the parser refused. */
    List<String> invalidValues() {
        return List.copyOf(invalidValues);
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
        problems.add(Problem.structure(null, "'" + elementName + "' is not an element of " + where(location)));
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
        problems.add(Problem.structure(null, "'" + attributeName + "' is not an attribute of " + where(location)));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        problems.add(Problem.structure(null, "'" + elementName + "' repeats but takes one value"));
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String elementName,
            ValueType expected,
            ScalarType expectedScalar,
            ValueType found,
            ScalarType foundScalar) {
        problems.add(Problem.structure(
                null,
                "'" + elementName + "' must be a JSON "
                        + String.valueOf(expected).toLowerCase()));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        problems.add(Problem.required(null, "'" + elementName + "' is required in " + where(location)));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        problems.add(Problem.structure(null, "a contained resource has no id"));
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        problems.add(Problem.structure(null, "a reference in " + where(location) + " cannot be resolved"));
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        problems.add(Problem.structure(null, "a reference in " + where(location) + " names no contained resource"));
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        problems.add(Problem.structure(null, "an extension has both a value and nested extensions"));
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        // named with its path by BundleReader; value and error (which quotes it) are not kept
        invalidValues.add(location == null ? null : location.getParentElementName());
    }

    private static String where(IParseLocation location) {
        return location == null || location.getParentElementName() == null
                ? "FHIR R4 here"
                : "'" + location.getParentElementName() + "'";
    }
}
