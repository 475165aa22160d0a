import { describe, expect, it } from 'vitest'
import { availableViews } from './views'

describe('availableViews', () => {
  it('gives clinic staff the desk', () => {
    expect(availableViews(['clinic'])).toEqual(['home', 'desk'])
  })

  it('gives admins clinics and slots, and the desk too', () => {
    expect(availableViews(['admin'])).toEqual(['home', 'desk', 'admin'])
  })

  it('gives moderators and counsellors the questions, and counsellors the chat', () => {
    expect(availableViews(['moderator'])).toEqual(['home', 'questions'])
    expect(availableViews(['counsellor'])).toEqual(['home', 'chat', 'questions'])
  })

  it('combines roles without duplicates', () => {
    expect(availableViews(['clinic', 'counsellor', 'admin'])).toEqual([
      'home',
      'chat',
      'questions',
      'desk',
      'admin',
    ])
    expect(availableViews(['counsellor', 'moderator'])).toEqual(['home', 'chat', 'questions'])
  })

  it('gives other roles only the home view', () => {
    expect(availableViews(['auditor'])).toEqual(['home'])
    expect(availableViews([])).toEqual(['home'])
  })
})
