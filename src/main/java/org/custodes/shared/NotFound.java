package org.custodes.shared;

/**
 * The object does not exist, or the caller may not know that it exists. Both answer 404 so that ids are no oracle.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
