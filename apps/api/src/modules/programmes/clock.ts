/** Moved to `core/clock`; this re-export keeps the outcomes module's import working until its owner switches. */
export { Clock } from '../../core/clock/clock';
