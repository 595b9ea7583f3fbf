package org.carecoord.notification;

record RenderedMail(String subject, String text, String html) {}
