import { useEffect, useEffectEvent, useState, type SubmitEvent } from 'react'
import {
  createClinic,
  fieldErrorsOf,
  listClinics,
  updateClinic,
  type Clinic,
  type ClinicInput,
} from './api'
import { reportFailure } from './failures'
import { Field, InputField } from './Field'
import type { Messages } from './messages'
import { OpeningHoursPanel } from './OpeningHoursPanel'
import { SlotsPanel } from './SlotsPanel'
import { ViewHeading } from './ViewHeading'
import { ErrorMessage } from './LiveRegions'

interface Props {
  t: Messages
  token: string
  onSessionExpired: () => void
}

/** Admin: the clinics (create, edit), the chosen clinic's slots, and the chat's opening hours. */
export function AdminView({ t, token, onSessionExpired }: Props) {
  const [clinics, setClinics] = useState<Clinic[] | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [notice, setNotice] = useState('')

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setLoadError)
  })

  useEffect(() => {
    let current = true
    listClinics(token).then(
      (list) => {
        if (current) setClinics(list)
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token])

  const selected = clinics?.find((clinic) => clinic.id === selectedId) ?? null

  function saved(clinic: Clinic, created: boolean) {
    setClinics((list) =>
      created
        ? [...(list ?? []), clinic]
        : (list ?? []).map((old) => (old.id === clinic.id ? clinic : old)),
    )
    setSelectedId(clinic.id)
    setNotice(created ? t.clinicCreated(clinic.name) : t.clinicSaved(clinic.name))
  }

  return (
    <>
      <ViewHeading>{t.adminHeading}</ViewHeading>
      <div className="admin-clinics">
        <section className="panel" aria-labelledby="clinics-heading">
          <h2 id="clinics-heading">{t.clinicsHeading}</h2>
          <ErrorMessage id="clinics-error" message={loadError} />
          {clinics === null && loadError === null && <p>{t.loading}</p>}
          {clinics?.length === 0 && <p>{t.noClinicsYet}</p>}
          {clinics !== null && clinics.length > 0 && (
            <ul id="clinic-list" className="choice-list">
              {clinics.map((clinic) => (
                <li key={clinic.id}>
                  <button
                    type="button"
                    data-clinic-id={clinic.id}
                    aria-current={clinic.id === selectedId ? 'true' : undefined}
                    onClick={() => {
                      setSelectedId(clinic.id)
                      setNotice('')
                    }}
                  >
                    {clinic.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            id="new-clinic"
            type="button"
            onClick={() => {
              setSelectedId(null)
              setNotice('')
              document.getElementById('clinic-name')?.focus()
            }}
          >
            {t.newClinic}
          </button>
        </section>

        <section className="panel" aria-labelledby="clinic-form-heading">
          <h2 id="clinic-form-heading">
            {selected === null ? t.newClinicHeading : t.editClinicHeading(selected.name)}
          </h2>
          <ClinicForm
            t={t}
            token={token}
            clinic={selected}
            onSaved={saved}
            onSessionExpired={onSessionExpired}
          />
          <p id="clinic-notice" className="status" role="status">
            {notice}
          </p>
        </section>
      </div>

      {selected !== null && (
        <SlotsPanel
          key={selected.id}
          t={t}
          token={token}
          clinic={selected}
          onSessionExpired={onSessionExpired}
        />
      )}

      <OpeningHoursPanel t={t} token={token} onSessionExpired={onSessionExpired} />
    </>
  )
}

const EMPTY: ClinicInput = { name: '', address: '', directions: '', practicalInfo: '' }

function fieldsOf(clinic: Clinic | null): ClinicInput {
  if (clinic === null) return EMPTY
  const { name, address, directions, practicalInfo } = clinic
  return { name, address, directions, practicalInfo }
}

interface ClinicFormProps {
  t: Messages
  token: string
  /** The clinic to edit, or null to create one. */
  clinic: Clinic | null
  onSaved: (clinic: Clinic, created: boolean) => void
  onSessionExpired: () => void
}

function ClinicForm({ t, token, clinic, onSaved, onSessionExpired }: ClinicFormProps) {
  const [editedId, setEditedId] = useState(clinic?.id)
  const [fields, setFields] = useState(() => fieldsOf(clinic))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Another clinic chosen (or "new"): start from its saved values. Adjusting state during render
  // keeps the form element, and so the keyboard focus, in place.
  if (clinic?.id !== editedId) {
    setEditedId(clinic?.id)
    setFields(fieldsOf(clinic))
    setFieldErrors({})
    setError(null)
  }

  function set(name: keyof ClinicInput) {
    return (value: string) => {
      setFields((previous) => ({ ...previous, [name]: value }))
    }
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    setFieldErrors({})
    const input: ClinicInput = {
      name: fields.name.trim(),
      address: fields.address.trim(),
      directions: fields.directions.trim(),
      practicalInfo: fields.practicalInfo.trim(),
    }
    try {
      const result =
        clinic === null
          ? await createClinic(token, input)
          : await updateClinic(token, clinic.id, input)
      onSaved(result, clinic === null)
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure))
      reportFailure(failure, t, onSessionExpired, setError)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      id="clinic-form"
      className="stacked-form"
      method="post"
      onSubmit={(event) => {
        void submit(event)
      }}
    >
      <ErrorMessage id="clinic-form-error" message={error} />
      <InputField
        id="clinic-name"
        name="name"
        label={t.clinicName}
        value={fields.name}
        onValue={set('name')}
        error={fieldErrors.name}
        required
        maxLength={200}
        autoComplete="off"
      />
      <InputField
        id="clinic-address"
        name="address"
        label={t.clinicAddress}
        value={fields.address}
        onValue={set('address')}
        error={fieldErrors.address}
        required
        maxLength={300}
        autoComplete="off"
      />
      <TextAreaField
        id="clinic-directions"
        name="directions"
        label={t.clinicDirections}
        value={fields.directions}
        onValue={set('directions')}
        error={fieldErrors.directions}
      />
      <TextAreaField
        id="clinic-info"
        name="practicalInfo"
        label={t.clinicInfo}
        value={fields.practicalInfo}
        onValue={set('practicalInfo')}
        error={fieldErrors.practicalInfo}
      />
      <button type="submit" className="primary" aria-disabled={busy}>
        {busy ? t.saving : clinic === null ? t.createClinic : t.saveClinic}
      </button>
    </form>
  )
}

interface TextAreaFieldProps {
  id: string
  name: string
  label: string
  value: string
  onValue: (value: string) => void
  error: string | undefined
}

function TextAreaField({ id, name, label, value, onValue, error }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          rows={4}
          maxLength={4000}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            onValue(event.target.value)
          }}
        />
      )}
    </Field>
  )
}
