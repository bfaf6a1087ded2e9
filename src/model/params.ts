// The model parameters the core needs, as resolved from a scenario (every default filled in).
import type {
  AdoptionParams,
  EconomicsParams,
  MeasurementParams,
  PopulationParams,
  ProficiencyParams,
  ResponseParams,
} from "../scenario/model-schema.js";
import type { DeliveryParams } from "../scenario/delivery-schema.js";

export interface ModelParams {
  population: PopulationParams;
  adoption: AdoptionParams;
  proficiency: ProficiencyParams;
  response: ResponseParams;
  economics: EconomicsParams;
  measurement: MeasurementParams;
  delivery: DeliveryParams;
}

/** Blended list price in USD per token: the token mix weighted by each kind's price. */
export function blendedPricePerToken(e: EconomicsParams): number {
  const perMillion =
    e.inputShare * e.inputUsdPerM +
    e.outputShare * e.outputUsdPerM +
    e.cacheReadShare * e.cacheReadUsdPerM +
    e.cacheWriteShare * e.cacheWriteUsdPerM;
  return perMillion / 1e6;
}

/** The price in week `week` (0-based) after a yearly decline compounding weekly. */
export function priceInWeek(e: EconomicsParams, week: number): number {
  return blendedPricePerToken(e) * Math.pow(1 - e.priceDeclinePerYear, week / 52);
}
