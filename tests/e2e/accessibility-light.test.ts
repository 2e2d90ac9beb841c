// WCAG 2.2 AA (axe-core) on every page of the site in the light theme; see tests/support/axe-sweep.ts.
import { axeSweep } from '../support/axe-sweep';

axeSweep('light');
