package org.custodes.complaint.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.jspecify.annotations.Nullable;

/**
 * The public complaint form, step by step. Between steps the whole form travels encrypted and authenticated in a
 * hidden field (see {@link IntakeDrafts}), so nothing unfinished is stored and nothing readable is in a URL.
 */
class IntakeForm {

    /** Validation groups, one per step. */
    interface Who {
    }

    interface Company {
    }

    interface What {
    }

    interface Remedy {
    }

    static final int STEPS = 5;

    private int step = 1;
    private @Nullable String draft;
    private @Nullable String submissionKey;

    @NotNull(groups = Who.class, message = "{complaint.error.required}")
    private @Nullable ComplainantRole role;
    @NotNull(groups = Who.class, message = "{complaint.error.required}")
    private @Nullable ContactPreference contact;
    @Size(max = 200, groups = Who.class, message = "{complaint.error.too-long}")
    private @Nullable String name;
    @Email(groups = Who.class, message = "{complaint.error.email}")
    @Size(max = 254, groups = Who.class, message = "{complaint.error.too-long}")
    private @Nullable String email;
    @Size(max = 50, groups = Who.class, message = "{complaint.error.too-long}")
    private @Nullable String phone;
    @Size(max = 200, groups = Who.class, message = "{complaint.error.too-long}")
    private @Nullable String organisation;

    @Size(max = 200, groups = Company.class, message = "{complaint.error.too-long}")
    private @Nullable String companyQuery;
    private @Nullable String companyId;
    @Size(max = 2000, groups = Company.class, message = "{complaint.error.too-long}")
    private @Nullable String companyDescription;

    @NotNull(groups = What.class, message = "{complaint.error.required}")
    private @Nullable ComplaintCategory category;
    @NotBlank(groups = What.class, message = "{complaint.error.required}")
    @Size(max = 20000, groups = What.class, message = "{complaint.error.too-long}")
    private @Nullable String description;
    @Size(max = 200, groups = What.class, message = "{complaint.error.too-long}")
    private @Nullable String when;
    @Size(max = 2, groups = What.class, message = "{complaint.error.too-long}")
    private @Nullable String country;
    @Size(max = 300, groups = What.class, message = "{complaint.error.too-long}")
    private @Nullable String place;
    @Size(max = 5000, groups = What.class, message = "{complaint.error.too-long}")
    private @Nullable String harm;

    private @Nullable GrievanceRaised grievanceRaised;
    @Size(max = 5000, groups = Remedy.class, message = "{complaint.error.too-long}")
    private @Nullable String grievanceOutcome;
    @Size(max = 5000, groups = Remedy.class, message = "{complaint.error.too-long}")
    private @Nullable String remedySought;

    /** Copies the fields of the given step from what was just posted; the other steps keep their saved values. */
    void take(int fromStep, IntakeForm posted) {
        switch (fromStep) {
            case 1 -> {
                role = posted.role;
                contact = posted.contact;
                name = posted.name;
                email = posted.email;
                phone = posted.phone;
                organisation = posted.organisation;
            }
            case 2 -> {
                companyQuery = posted.companyQuery;
                companyId = posted.companyId;
                companyDescription = posted.companyDescription;
            }
            case 3 -> {
                category = posted.category;
                description = posted.description;
                when = posted.when;
                country = posted.country;
                place = posted.place;
                harm = posted.harm;
            }
            case 4 -> {
                grievanceRaised = posted.grievanceRaised;
                grievanceOutcome = posted.grievanceOutcome;
                remedySought = posted.remedySought;
            }
            default -> {
                // the review step posts no fields of its own besides files
            }
        }
    }

    static Class<?> group(int step) {
        return switch (step) {
            case 1 -> Who.class;
            case 2 -> Company.class;
            case 3 -> What.class;
            default -> Remedy.class;
        };
    }

    public int getStep() { return step; }
    public void setStep(int step) { this.step = Math.max(1, Math.min(STEPS, step)); }
    public @Nullable String getDraft() { return draft; }
    public void setDraft(@Nullable String draft) { this.draft = draft; }
    public @Nullable String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(@Nullable String submissionKey) { this.submissionKey = submissionKey; }
    public @Nullable ComplainantRole getRole() { return role; }
    public void setRole(@Nullable ComplainantRole role) { this.role = role; }
    public @Nullable ContactPreference getContact() { return contact; }
    public void setContact(@Nullable ContactPreference contact) { this.contact = contact; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getOrganisation() { return organisation; }
    public void setOrganisation(@Nullable String organisation) { this.organisation = organisation; }
    public @Nullable String getCompanyQuery() { return companyQuery; }
    public void setCompanyQuery(@Nullable String companyQuery) { this.companyQuery = companyQuery; }
    public @Nullable String getCompanyId() { return companyId; }
    public void setCompanyId(@Nullable String companyId) { this.companyId = companyId; }
    public @Nullable String getCompanyDescription() { return companyDescription; }
    public void setCompanyDescription(@Nullable String companyDescription) { this.companyDescription = companyDescription; }
    public @Nullable ComplaintCategory getCategory() { return category; }
    public void setCategory(@Nullable ComplaintCategory category) { this.category = category; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable String getWhen() { return when; }
    public void setWhen(@Nullable String when) { this.when = when; }
    public @Nullable String getCountry() { return country; }
    public void setCountry(@Nullable String country) { this.country = country; }
    public @Nullable String getPlace() { return place; }
    public void setPlace(@Nullable String place) { this.place = place; }
    public @Nullable String getHarm() { return harm; }
    public void setHarm(@Nullable String harm) { this.harm = harm; }
    public @Nullable GrievanceRaised getGrievanceRaised() { return grievanceRaised; }
    public void setGrievanceRaised(@Nullable GrievanceRaised grievanceRaised) { this.grievanceRaised = grievanceRaised; }
    public @Nullable String getGrievanceOutcome() { return grievanceOutcome; }
    public void setGrievanceOutcome(@Nullable String grievanceOutcome) { this.grievanceOutcome = grievanceOutcome; }
    public @Nullable String getRemedySought() { return remedySought; }
    public void setRemedySought(@Nullable String remedySought) { this.remedySought = remedySought; }
}
