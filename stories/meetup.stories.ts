import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/meetup/define.js';
import type { MeetupLayout } from '../src/meetup/define.js';
import type { Theme } from '../src/core/base-element.js';
import type { Locale } from '../src/core/locale.js';
import { fakeFeed, installFakeEndpoint } from './fake-endpoint.js';

/** Story args are the element's attributes, its events' actions, the page's language and a fixed clock. */
interface MeetupArgs {
  lang?: Locale;
  theme: Theme;
  src?: string;
  layout?: MeetupLayout;
  'heading-level'?: number;
  'structured-data'?: boolean;
  /** The current time (ISO 8601), so that the story always shows the same moment. */
  now: string;
  /** The visitor's time zone. */
  viewerTimeZone?: string;
  onOpenllmMeetupCalendar?: (event: Event) => void;
  onOpenllmMeetupRegister?: (event: Event) => void;
}

const meta = {
  title: 'Elements/Meetup',
  component: 'openllm-meetup',
  tags: ['autodocs'],
  args: { theme: 'light', now: '2027-01-18T12:00:00Z', viewerTimeZone: 'America/Montreal' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    layout: { control: 'inline-radio', options: ['card', 'list'] },
    now: { control: 'text', description: 'The current time (ISO 8601): upcoming, live or past follows from it.' },
    viewerTimeZone: { control: 'text', description: 'The visitor’s IANA time zone (property `viewerTimeZone`).' },
  },
  decorators: [
    (story) => {
      installFakeEndpoint();
      return story();
    },
  ],
  render: (args) =>
    html`<openllm-meetup
      theme=${args.theme}
      src=${args.src || nothing}
      layout=${args.layout || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      ?structured-data=${args['structured-data']}
      .now=${new Date(args.now)}
      .viewerTimeZone=${args.viewerTimeZone}
      @openllm-meetup-calendar=${args.onOpenllmMeetupCalendar}
      @openllm-meetup-register=${args.onOpenllmMeetupRegister}
    ></openllm-meetup>`,
} satisfies Meta<MeetupArgs>;

export default meta;
type Story = StoryObj<MeetupArgs>;

type State =
  | 'upcoming'
  | 'live'
  | 'past'
  | 'list'
  | 'cancelled'
  | 'postponed'
  | 'rescheduled'
  | 'online'
  | 'all-day'
  | 'loading'
  | 'invalid'
  | 'unreachable';

/** Each state: its args, the part it shows (what the story test waits for), the warning it logs. */
const SCENARIOS: Record<State, Partial<MeetupArgs> & { expectedPart: string; expectedWarning?: string }> = {
  upcoming: { src: fakeFeed('meetup'), now: '2027-01-18T12:00:00Z', expectedPart: 'calendar' },
  live: { src: fakeFeed('meetup'), now: '2027-01-21T18:00:00Z', expectedPart: 'primary-action' },
  past: { src: fakeFeed('meetup'), now: '2027-02-01T12:00:00Z', expectedPart: 'primary-action' },
  list: { src: fakeFeed('list'), layout: 'list', expectedPart: 'list' },
  cancelled: { src: fakeFeed('cancelled'), expectedPart: 'calendar' },
  postponed: { src: fakeFeed('postponed'), expectedPart: 'calendar' },
  rescheduled: { src: fakeFeed('rescheduled'), expectedPart: 'previous-date' },
  online: { src: fakeFeed('online'), expectedPart: 'calendar' },
  'all-day': { src: fakeFeed('all-day'), expectedPart: 'calendar' },
  loading: { src: fakeFeed('hang'), expectedPart: 'loading' },
  invalid: { src: fakeFeed('invalid'), expectedPart: 'error', expectedWarning: 'meetups[0].start: expected string' },
  unreachable: { src: fakeFeed('unreachable'), expectedPart: 'error', expectedWarning: '(HTTP 404)' },
};

/** The story of one state, in a language and a theme. */
function story(state: State, lang: Locale, theme: Theme): Story {
  const { expectedPart, expectedWarning, ...args } = SCENARIOS[state];
  return {
    args: { lang, theme, ...args },
    parameters: { openllm: { expectedPart, expectedWarning } },
    // The docs page shows each state once (the sidebar has every language and theme), except the
    // failing ones, whose intended console warnings would pollute the page.
    tags: lang === 'fr' && theme === 'light' && !expectedWarning ? [] : ['!autodocs'],
  };
}

export const UpcomingFrenchLight = story('upcoming', 'fr', 'light');
export const UpcomingFrenchDark = story('upcoming', 'fr', 'dark');
export const UpcomingEnglishLight = story('upcoming', 'en', 'light');
export const UpcomingEnglishDark = story('upcoming', 'en', 'dark');
export const UpcomingGermanLight = story('upcoming', 'de', 'light');
export const UpcomingSpanishLight = story('upcoming', 'es', 'light');
export const UpcomingItalianLight = story('upcoming', 'it', 'light');
export const UpcomingDutchLight = story('upcoming', 'nl', 'light');
export const LiveFrenchLight = story('live', 'fr', 'light');
export const LiveFrenchDark = story('live', 'fr', 'dark');
export const LiveEnglishLight = story('live', 'en', 'light');
export const LiveEnglishDark = story('live', 'en', 'dark');
export const PastWithReplayFrenchLight = story('past', 'fr', 'light');
export const PastWithReplayFrenchDark = story('past', 'fr', 'dark');
export const PastWithReplayEnglishLight = story('past', 'en', 'light');
export const PastWithReplayEnglishDark = story('past', 'en', 'dark');
export const ListFrenchLight = story('list', 'fr', 'light');
export const ListFrenchDark = story('list', 'fr', 'dark');
export const ListEnglishLight = story('list', 'en', 'light');
export const ListEnglishDark = story('list', 'en', 'dark');
export const CancelledFrenchLight = story('cancelled', 'fr', 'light');
export const CancelledEnglishLight = story('cancelled', 'en', 'light');
export const PostponedFrenchLight = story('postponed', 'fr', 'light');
export const PostponedEnglishLight = story('postponed', 'en', 'light');
export const RescheduledFrenchLight = story('rescheduled', 'fr', 'light');
export const RescheduledEnglishLight = story('rescheduled', 'en', 'light');
export const OnlineFrenchLight = story('online', 'fr', 'light');
export const OnlineEnglishLight = story('online', 'en', 'light');
export const AllDayFrenchLight = story('all-day', 'fr', 'light');
export const AllDayEnglishLight = story('all-day', 'en', 'light');
export const LoadingFrenchLight = story('loading', 'fr', 'light');
export const LoadingFrenchDark = story('loading', 'fr', 'dark');
export const LoadingEnglishLight = story('loading', 'en', 'light');
export const LoadingEnglishDark = story('loading', 'en', 'dark');
export const InvalidFeedFrenchLight = story('invalid', 'fr', 'light');
export const InvalidFeedFrenchDark = story('invalid', 'fr', 'dark');
export const InvalidFeedEnglishLight = story('invalid', 'en', 'light');
export const InvalidFeedEnglishDark = story('invalid', 'en', 'dark');
export const UnreachableFeedFrenchLight = story('unreachable', 'fr', 'light');
export const UnreachableFeedFrenchDark = story('unreachable', 'fr', 'dark');
export const UnreachableFeedEnglishLight = story('unreachable', 'en', 'light');
export const UnreachableFeedEnglishDark = story('unreachable', 'en', 'dark');
