/** Where alumni write to the network's team (privacy questions, declined registrations). */
export const contactEmail = (): string => process.env.ENISHI_CONTACT_EMAIL || 'alumni@enishi.example'
