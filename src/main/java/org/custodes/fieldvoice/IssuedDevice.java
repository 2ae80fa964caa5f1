package org.custodes.fieldvoice;

/**
 * The credentials of a newly registered device, shown once: the server URL, user name and secret Collect asks for,
 * and the same as Collect's settings QR code (zlib-compressed JSON, base64).
 */
public record IssuedDevice(DeviceSummary device, String serverUrl, String secret, String collectSettings) {

    @Override
    public String toString() {
        return "IssuedDevice[" + device.id() + "]";
    }
}
