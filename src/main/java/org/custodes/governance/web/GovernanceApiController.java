package org.custodes.governance.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.custodes.governance.assembly.AgendaItem;
import org.custodes.governance.assembly.AssemblyDetails;
import org.custodes.governance.AssemblyId;
import org.custodes.governance.assembly.AssemblySummary;
import org.custodes.governance.assembly.ConveneAssembly;
import org.custodes.governance.seat.FillSeat;
import org.custodes.governance.GovernanceService;
import org.custodes.governance.resolution.ResolutionDetails;
import org.custodes.governance.ResolutionId;
import org.custodes.governance.resolution.ResolutionSummary;
import org.custodes.governance.SeatId;
import org.custodes.governance.seat.SeatSummary;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Board (public), its resolutions, the directors' votes and the seating of directors, as JSON. */
@RestController
@RequestMapping("/api/v1/governance")
class GovernanceApiController {

    private final GovernanceService governance;

    GovernanceApiController(GovernanceService governance) {
        this.governance = governance;
    }

    @GetMapping("/board")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The Board: every seat by pillar with its holder and term, or vacant")
    List<SeatSummary> board() {
        return governance.board();
    }

    @PutMapping("/seats/{id}/holder")
    @PreAuthorize("hasAuthority('governance:administer')")
    @Operation(summary = "Seat an elected director (their organisation must vote in the seat's pillar)")
    SeatSummary fillSeat(@PathVariable UUID id, @Valid @RequestBody FillSeatRequest request) {
        return governance.fillSeat(new FillSeat(new SeatId(id), new UserId(request.holder()), request.holderName(),
                new OrganisationId(request.organisation()), request.termStart()));
    }

    @GetMapping("/resolutions")
    @PreAuthorize("hasAuthority('governance:read')")
    @Operation(summary = "The Board's resolutions, open ones first")
    PageResult<ResolutionSummary> resolutions(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return governance.resolutions(new PageQuery(page, size));
    }

    @GetMapping("/resolutions/{id}")
    @PreAuthorize("hasAuthority('governance:read')")
    @Operation(summary = "A resolution with each director's vote or recusal and its tally against quorum and majority")
    ResolutionDetails resolution(@PathVariable UUID id) {
        return governance.resolution(new ResolutionId(id));
    }

    @PostMapping("/resolutions/{id}/votes")
    @PreAuthorize("hasAuthority('governance:vote')")
    @Operation(summary = "The signed-in director's vote (for, against, abstain), or recusal with a reason")
    ResolutionDetails vote(@PathVariable UUID id, @Valid @RequestBody CastVoteRequest request) {
        if (request.choice() != null) {
            return governance.vote(new ResolutionId(id), request.choice());
        }
        if (request.recusal() != null && !request.recusal().isBlank()) {
            return governance.recuse(new ResolutionId(id), request.recusal());
        }
        throw new BusinessRuleViolation("governance.form.choose");
    }

    @GetMapping("/assemblies")
    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    @Operation(summary = "The General Assemblies, the latest first (members' users: if their organisation belongs)")
    List<AssemblySummary> assemblies() {
        return governance.assemblies();
    }

    @PostMapping("/assemblies")
    @PreAuthorize("hasAuthority('governance:administer')")
    @Operation(summary = "Convene a General Assembly with its agenda, documents and motions (mover, seconder)")
    ResponseEntity<AssemblyDetails> convene(@Valid @RequestBody ConveneAssemblyRequest request) {
        var agenda = request.agenda().stream().map(item -> new AgendaItem(0, item.title(), item.documentLink(),
                item.motion(), item.mover() == null ? null : new OrganisationId(item.mover()),
                item.seconder() == null ? null : new OrganisationId(item.seconder()))).toList();
        var id = governance.conveneAssembly(new ConveneAssembly(request.kind(), request.title(),
                request.pillarMeetingsAt(), request.plenaryAt(), request.place(), request.onlineLink(), agenda));
        return ResponseEntity.status(HttpStatus.CREATED).body(governance.assembly(id));
    }

    @GetMapping("/assemblies/{id}")
    @PreAuthorize("hasAnyAuthority('governance:read', 'governance:attend')")
    @Operation(summary = "A General Assembly with its agenda, notice and minutes")
    AssemblyDetails assembly(@PathVariable UUID id) {
        return governance.assembly(new AssemblyId(id));
    }
}
