package org.custodes.fieldvoice;

/** The principal of a request from a registered device (OpenRosa endpoints only); never a person's account. */
public record FieldDevice(DeviceId device, CaptureMissionId mission, String username) {

    /** The one authority a device has: it may list and fetch its mission's forms and submit to them. */
    public static final String AUTHORITY = "fieldvoice:device";
}
