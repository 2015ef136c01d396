import type { BankHolidayCode, BankHolidayDivision } from './bankHolidays';
import type { LocalDate } from './wallClock';

/**
 * Bank holidays that no rule predicts: extra days granted by royal proclamation, and regular holidays
 * moved for a national occasion. Source: GOV.UK, https://www.gov.uk/bank-holidays (the feed
 * https://www.gov.uk/bank-holidays.json, Open Government Licence v3.0) and the proclamations it cites.
 * A new one-off is announced a year or two ahead: add it here, or ship the GOV.UK file, which wins.
 */
export type OneOffChange =
  | { readonly kind: 'add'; readonly date: LocalDate; readonly code: BankHolidayCode }
  | { readonly kind: 'move'; readonly year: number; readonly code: BankHolidayCode; readonly to: LocalDate };

export interface OneOff {
  readonly divisions: readonly BankHolidayDivision[];
  readonly change: OneOffChange;
}

const ALL: readonly BankHolidayDivision[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export const BANK_HOLIDAY_ONE_OFFS: readonly OneOff[] = [
  { divisions: ALL, change: { kind: 'add', date: '1999-12-31', code: 'millennium' } },
  { divisions: ALL, change: { kind: 'add', date: '2011-04-29', code: 'royalWedding' } },
  // Queen's Diamond Jubilee: spring holiday moved from Monday 28 May to Monday 4 June, plus Tuesday 5 June.
  { divisions: ALL, change: { kind: 'move', year: 2012, code: 'spring', to: '2012-06-04' } },
  { divisions: ALL, change: { kind: 'add', date: '2012-06-05', code: 'diamondJubilee' } },
  // 75th anniversary of VE Day: early May holiday moved from Monday 4 May to Friday 8 May.
  { divisions: ALL, change: { kind: 'move', year: 2020, code: 'earlyMay', to: '2020-05-08' } },
  // Platinum Jubilee: spring holiday moved from Monday 30 May to Thursday 2 June, plus Friday 3 June.
  { divisions: ALL, change: { kind: 'move', year: 2022, code: 'spring', to: '2022-06-02' } },
  { divisions: ALL, change: { kind: 'add', date: '2022-06-03', code: 'platinumJubilee' } },
  { divisions: ALL, change: { kind: 'add', date: '2022-09-19', code: 'stateFuneral' } },
  { divisions: ALL, change: { kind: 'add', date: '2023-05-08', code: 'coronation' } },
  // Scotland only, for the men's football World Cup (listed by GOV.UK as "World Cup bank holiday").
  { divisions: ['scotland'], change: { kind: 'add', date: '2026-06-15', code: 'worldCup' } },
];
