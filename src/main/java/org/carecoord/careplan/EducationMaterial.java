package org.carecoord.careplan;

/** A plain-language handout from the catalogue (table education_material), for one education topic. */
record EducationMaterial(String code, String topic, String title, String language, String summary) {}
