import { a, h2, p, ul } from '../blocks';
import type { PageFixture } from '../types';

/** Standing pages: what the newsletter form and the footer link to. Our own words. */
export const pages: PageFixture[] = [
  {
    slug: 'privacy',
    title: 'Privacy notice',
    summary: 'What we keep about you when you sign up for our newsletter or write to us, why, for how long, and how to have it changed or deleted.',
    body: [
      p('Kestrel & Co keeps as little about you as we can, and only for as long as it serves you. This notice covers this website, our newsletter and the emails you send us.'),
      h2('The newsletter'),
      p('When you sign up we keep your email address, your first name if you give it, where on the site you signed up, the words of the consent you agreed to and when you agreed. We keep them so that we can send you the newsletter and show, if ever asked, that you chose to receive it.'),
      p('Nothing is sent until you confirm by following the link in the email we send you straight away. If you do not confirm, the signup simply waits and expires; sign up again whenever you like.'),
      p('Every newsletter has a link that unsubscribes you in one click. We then stop writing to you at once and keep only your address, marked as unsubscribed, with the date, so that nobody here adds you back by mistake. If you would rather we forgot you entirely, say so and we delete the record.'),
      h2('Visiting the site'),
      p('The site sets no tracking or advertising cookies and loads nothing from other companies: its fonts and images come from our own server. Our server briefly uses your internet address to stop people abusing the signup form, and does not store it with anything you give us.'),
      p('The site sets one cookie, and only when it is needed: when the signup form cannot accept what you sent, it carries what you typed back into the form so you need not type it again. It lasts ten minutes at most.'),
      h2('Writing to us'),
      p('If you email us, we keep the conversation for as long as it is useful to both of us and no longer than two years after it ends, unless it becomes part of a piece of work we do together.'),
      h2('Your rights'),
      ul(
        'See what we hold about you.',
        'Have it corrected or deleted.',
        'Object to how we use it, or withdraw your consent at any time.',
        'Complain to the data protection authority where you live (in the UK, the Information Commissioner’s Office).',
      ),
      p('To do any of these, write to ', a('mailto:hello@kestrel.example', 'hello@kestrel.example'), '. We answer within a month, and usually within a week.'),
    ],
  },
  {
    slug: 'accessibility',
    title: 'Accessibility statement',
    summary: 'How we have built this site so that everyone can read it, what we know still falls short, and how to tell us when something gets in your way.',
    body: [
      p('We work with public services, whose users include everyone. Our own site should be usable by everyone too, whatever device, browser or assistive technology they use.'),
      h2('What we have done'),
      ul(
        'Every page is complete without JavaScript: the essays, events, team pages and the newsletter form all work with it switched off.',
        'Pages use headings, landmarks and lists as they are meant to be used, so screen readers can move around them, and a link at the top skips straight to the content.',
        'Every image has a written description, and the site will not publish an essay whose cover lacks one.',
        'Text can be enlarged to twice its size, and the layout works from a narrow phone held upright to a wide screen, without scrolling sideways.',
        'Text and backgrounds are chosen for strong contrast, in a light and a dark scheme that follows your device’s setting. Focus is always visible, and movement is reduced when your device asks for it.',
        'Form errors say which field needs attention and how to fix it, and what you typed is kept.',
      ),
      h2('How we check'),
      p('Automated accessibility checks run on every kind of page each time the site changes, in a real browser, on a phone-sized and a desktop screen. They catch only some problems, so we also go through new pages with a keyboard and a screen reader before they go live.'),
      h2('What still falls short'),
      p('Registration for some events happens on a ticketing service we do not control. If it does not work for you, email us and we will book your place by hand.'),
      h2('Tell us'),
      p('If anything on the site is hard to use, or you need something in another format, write to ', a('mailto:hello@kestrel.example', 'hello@kestrel.example'), '. We reply within five working days.'),
    ],
  },
];
