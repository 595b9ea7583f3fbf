package org.carecoord.document;

import java.util.Locale;
import java.util.Map;

/**
 * The printed care plan's words, one template per language (plain language, short sentences). A patient whose
 * language has no template gets English, and the printout says so.
 */
record PrintTexts(
        Locale locale,
        String title,
        String intro,
        String forPatient,
        String planVersion,
        String notCurrent,
        String goals,
        String noGoals,
        String howWeKnow,
        String goalBy,
        String actions,
        String noActions,
        String actionBy,
        Map<String, String> responsible,
        String whoToCall,
        String coordinator,
        String phone,
        String whenToCall) {

    static final PrintTexts ENGLISH = new PrintTexts(
            Locale.US,
            "Your care plan",
            "This is the plan you made with your care coordinator. Keep it where you can find it.",
            "For: %s",
            "Plan version %d, made on %s",
            "Note: this version is not the plan in use now.",
            "Your goals",
            "No goals are written down yet.",
            "How we will know: %s",
            "By: %s",
            "What will be done",
            "Nothing is written down yet.",
            "by %s",
            Map.of(
                    "patient", "You",
                    "coordinator", "Your care coordinator",
                    "provider", "Your doctor or other provider",
                    "community-service", "A community service"),
            "Who to call",
            "Your care coordinator: %s",
            "Phone: %s",
            "Call us if you feel worse, cannot get your medicines, or need to change an appointment."
                    + " In an emergency, call 911.");

    static final PrintTexts SPANISH = new PrintTexts(
            Locale.forLanguageTag("es-US"),
            "Su plan de cuidado",
            "Este es el plan que usted hizo con su coordinador de cuidado. Guárdelo donde pueda encontrarlo.",
            "Para: %s",
            "Versión %d del plan, hecha el %s",
            "Nota: esta versión no es el plan que se usa ahora.",
            "Sus metas",
            "Todavía no hay metas escritas.",
            "Cómo sabremos que va bien: %s",
            "Para el: %s",
            "Lo que se hará",
            "Todavía no hay nada escrito.",
            "para el %s",
            Map.of(
                    "patient", "Usted",
                    "coordinator", "Su coordinador de cuidado",
                    "provider", "Su médico u otro proveedor",
                    "community-service", "Un servicio comunitario"),
            "A quién llamar",
            "Su coordinador de cuidado: %s",
            "Teléfono: %s",
            "Llámenos si se siente peor, si no puede conseguir sus medicinas o si necesita cambiar una cita."
                    + " En una emergencia, llame al 911.");

    /** Said (in English) on a printout for a patient whose language has no template. */
    static final String FALLBACK_NOTE = "We have no printed plan in your language (%s) yet, so this one is in English."
            + " Ask your care coordinator for an interpreter; it is free.";

    /** The template for a language tag (en, es, es-MX, …); null if there is none. */
    static PrintTexts forLanguage(String languageTag) {
        String language = languageTag == null
                ? ""
                : Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return switch (language) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            default -> null;
        };
    }

    String responsibleWords(String code) {
        return responsible.getOrDefault(code, code);
    }
}
