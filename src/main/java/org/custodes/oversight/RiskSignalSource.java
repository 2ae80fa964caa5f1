package org.custodes.oversight;

import java.util.Map;

import org.custodes.shared.OrganisationId;

/**
 * A source of ranking signals. Each implementation reads its facts for all companies at once (a handful of queries,
 * never one per company) and answers, per signal name, the reading of each company it has something on; a company
 * it does not name reads 0. New sources (the time since the last field visit once monitoring has missions, members'
 * requests for a visit) are added as another bean implementing this interface and a weight in the settings.
 */
public interface RiskSignalSource {

    Map<String, Map<OrganisationId, SignalReading>> read(RankingPopulation population);
}
