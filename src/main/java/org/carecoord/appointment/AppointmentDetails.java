package org.carecoord.appointment;

import java.time.Instant;

/** What is booked: when, with whom, where, what for, and whether the patient needs a ride. */
public record AppointmentDetails(
        Instant start, Instant end, String provider, String location, String description, boolean transportNeeded) {}
