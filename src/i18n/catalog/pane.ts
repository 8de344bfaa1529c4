import type { Catalog } from "../types";

export const pane: Catalog = {};
