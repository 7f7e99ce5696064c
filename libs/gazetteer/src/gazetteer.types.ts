/** What findPlaces reports for each place named in a text. */
export type PlaceKind =
  /** A subdivision named as such: "Bryansk Oblast", "the Kaluga region", "Republic of Tatarstan". */
  | 'region'
  /** A city, town, district, airbase or port that resolves to its subdivision: "Istra", "Engels". */
  | 'place'
  /** "the capital" and friends; `generic` says whether the text named the country. */
  | 'capital'
  /** A water area: SEA-BLACK, SEA-AZOV, SEA-CASPIAN, SEA-BALTIC. */
  | 'sea'
  /** A country by name: "Russia", "Ukraine". `code` is the ISO 3166-1 code. */
  | 'country'
  /** A country adjective: "Russian", "Ukrainian". `code` is the ISO 3166-1 code. */
  | 'demonym';

export interface PlaceMention {
  /** ISO 3166-2 code, SEA-*, or (for country/demonym) ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 alpha-2 of the place; null for seas. */
  country: string | null;
  kind: PlaceKind;
  start: number;
  end: number;
  /** The matched text, exactly as in the input. */
  text: string;
  /** For kind 'capital': true when the text did not say whose capital ("the capital"). */
  generic?: boolean;
}

export interface RegionInfo {
  code: string;
  name: string;
  type: string;
  country: string | null;
}

export interface Official {
  name: string;
  surname: string;
  role: string;
  region: string;
}
