import { journeys } from './journeys.ts';

// The journeys, and every assertion they make, are journeys.ts's; this file runs them in WebKit, in a process of its own.
journeys('webkit');
