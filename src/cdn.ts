/**
 * The script-tag bundle (dist/cdn/openllm-widgets.js): registers every element and exposes the
 * locale controls, nothing more, so that it stays small.
 */
import './manifesto/define.js';
import './join/define.js';

export { setLocale, getLocale } from './core/locale.js';
