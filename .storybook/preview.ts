import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { allLocales, sourceLocale } from '../src/generated/locale-codes.js';

interface Member {
  privacy?: string;
  attribute?: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface Manifest {
  modules: { declarations?: { members?: Member[]; attributes?: Attribute[] }[] }[];
}

/**
 * Shapes the manifest for controls: private and protected members are implementation details,
 * and a property with an attribute is listed once, under the attribute name that stories set.
 */
function forControls<T extends Manifest>(data: T): T {
  const listed = (member: Member) => (!member.privacy || member.privacy === 'public') && !member.attribute;
  const naming = (attribute: Attribute) =>
    attribute.fieldName && attribute.fieldName !== attribute.name
      ? { ...attribute, description: `${attribute.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`.` }
      : attribute;
  return {
    ...data,
    modules: data.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(listed),
        attributes: declaration.attributes?.map(naming),
      })),
    })),
  };
}

setCustomElementsManifest(forControls(manifest));

const DARK_PAGE = '#0a0c18';

/** The `lang` arg is the page's language: the widgets follow `<html lang>` live, as on a partner's page. */
const withPageLanguage: Decorator = (story, { args }) => {
  document.documentElement.lang = args['lang'] ?? sourceLocale;
  return story();
};

/** A dark-themed widget is shown on a dark page, as a dark partner site would. */
const withPageTheme: Decorator = (story, { args }) => {
  const dark =
    args['theme'] === 'dark' || (args['theme'] === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.style.colorScheme = dark ? 'dark' : '';
  document.body.style.backgroundColor = dark ? DARK_PAGE : '';
  return story();
};

const preview: Preview = {
  decorators: [withPageLanguage, withPageTheme],
  argTypesEnhancers: [
    // Custom properties get a text control (stories set them inline); parts and events get none.
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          const category = argType.table?.category;
          if (category === 'css custom properties') return [name, { control: { type: 'text' }, ...argType }];
          if (category === 'css shadow parts' || category === 'events') return [name, { ...argType, control: false }];
          return [name, argType];
        }),
      ),
  ],
  argTypes: {
    lang: {
      description: 'Language of the page (`<html lang>`), which the widgets follow. Not an attribute.',
      control: 'inline-radio',
      options: allLocales,
      table: { category: 'page', defaultValue: { summary: sourceLocale } },
    },
  },
  args: { lang: sourceLocale },
  parameters: {
    // The page background follows the story's `theme` (see withPageTheme).
    backgrounds: { disable: true },
    controls: { expanded: true },
    // Language is page-wide, so each story on a docs page gets a page (an iframe) of its own.
    docs: { story: { inline: false, height: '28rem' } },
  },
};

export default preview;
