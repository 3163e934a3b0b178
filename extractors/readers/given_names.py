"""Given names common in the United Kingdom, to tell where a person's name opens in running text.

Flattened tables lose the edge between a row's last cell and the next row's name ('Mill Lane Watch Ann Lowe Watch
Co-ordinator'): two capitalised words are as likely a place or a body as a person, but a common given name before a
surname opens a name. The list is deliberately short and plain: names that are also common words of places, posts and
dates ('Hazel', 'Rose', 'Lee', 'June', 'Grant', 'Dean', 'Bill') are left out, so a word here is a given name, not every
given name is here. Readers use it only where a name's edge is otherwise unknown.
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    Aaron Abdul Abigail Adam Adele Adrian Ahmed Aidan Aileen Alan Alana Alastair Albert Alec Alex Alexander
    Alexandra Alfie Alfred Ali Alice Alicia Alison Alistair Allan Allison Alyson Amanda Amelia Amy Andrea Andrew
    Andy Angela Angharad Angus Anita Ann Anna Anne Annette Annie Anthony Antony Archie Arthur Ashley Audrey Barbara
    Barry Beatrice Becky Belinda Ben Benjamin Bernadette Bernard Beryl Beth Bethan Betty Beverley Billy Bob Bradley
    Brenda Brendan Brian Bridget Bronwen Bruce Bryan Callum Calum Cameron Carl Carla Carly Carmel Carol Carole
    Caroline Carolyn Caryl Catherine Cathy Cecilia Charles Charlie Charlotte Cheryl Chloe Chris Christian Christina
    Christine Christopher Claire Clare Clifford Clive Colin Connor Conor Craig Cynthia Dafydd Daisy Damian Damien
    Dan Daniel Danielle Danny Darren Dave David Dawn Debbie Deborah Debra Declan Deirdre Denise Dennis Derek Dermot
    Desmond Diana Diane Dianne Dominic Donald Donna Doreen Doris Dorothy Duncan Dylan Eamon Eamonn Edward Edwin
    Eileen Elaine Eleanor Elizabeth Ella Ellen Ellie Elsie Emily Emma Emyr Eric Erin Ernest Esther Eve Evelyn Fiona
    Frances Francesca Francis Frank Fraser Freda Freddie Frederick Gail Gareth Garry Gary Gavin Gaynor Gemma Geoff
    Geoffrey George Georgina Gerald Geraldine Gerard Gerry Gill Gillian Glenn Gloria Glyn Gordon Graeme Graham
    Grahame Greg Gregory Gwen Gwyneth Hamish Hannah Harold Harriet Harry Hayley Helen Helena Henry Hilary Hilda
    Howard Hugh Hywel Iain Ian Imogen Ioan Irene Isabel Isabella Isobel Ivan Jack Jackie Jacqueline Jacqui Jade
    Jake James Jamie Jan Jane Janet Janice Jason Jean Jeff Jeffrey Jennifer Jenny Jeremy Jessica Jill Jim Jimmy
    Joan Joanna Joanne Jodie Joe Joel John Johnny Jon Jonathan Joseph Josephine Josh Joshua Joyce Judith Judy Julia
    Julian Julie Juliet Justin Karen Kate Katherine Kathleen Kathryn Kathy Katie Katy Kay Keith Kelly Ken Kenneth
    Kerry Kevin Kieran Kim Kirsty Lara Laura Lauren Lawrence Leah Len Leonard Les Lesley Leslie Lewis Liam Linda
    Lindsay Lindsey Lisa Liz Lloyd Lorna Lorraine Louise Lucy Luke Lydia Lyn Lynda Lynn Lynne Malcolm Mandy Marc
    Marcus Margaret Maria Marian Marie Marilyn Marion Mark Martin Martyn Mary Matt Matthew Maureen Maurice Megan
    Melanie Melissa Michael Michaela Michelle Mick Mike Mohammad Mohammed Moira Molly Monica Muriel Nadia Naomi
    Natalie Natasha Neil Nichola Nicholas Nick Nicky Nicola Nigel Noel Norma Norman Oliver Olivia Owen Paddy Pamela
    Pat Patricia Patrick Paul Paula Pauline Penny Peter Phil Philip Phillip Phyllis Rachel Raj Ralph Ray Raymond
    Rebecca Rhian Rhys Richard Rick Rita Rob Robert Robin Robyn Rod Roger Ronald Ronnie Rory Rosalind Rosemary Ross
    Roy Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Shane Sharon Sheila Shirley Sian Simon
    Sonia Sophie Stacey Stanley Stella Stephanie Stephen Steve Steven Stewart Stuart Sue Susan Susie Suzanne Sylvia
    Tanya Tara Terence Teresa Terry Theresa Thomas Tim Timothy Tina Toby Tom Tommy Tony Tracey Tracy Trevor Valerie
    Vanessa Vera Veronica Vicky Victor Vincent Vivienne Walter Wayne Wendy William Yvonne Zoe
    """.split()
)
